<#ftl output_format="HTML">
<#-- One method page, rendered from data/methods.yaml: the content file only names the method (method=<id>)
     and the language. The total duration is the sum of the steps' minutes. -->
<#import "layout.ftl" as layout>
<#assign lang = content.lang!"nl">
<#assign en = (lang == "en")>
<#assign matches = data.get('methods.yaml').methods?filter(x -> x.id == content.method)>
<#if !matches?has_content><#stop "Unknown method id in " + content.uri + ": " + content.method></#if>
<#assign m = matches?first>
<#assign t = en?then(m.en, m.nl)>
<#assign name = en?then(m.nameEn, m.name)>
<#assign total = 0>
<#list t.steps as step><#assign total = total + step.minutes></#list>
<#function duration minutes>
  <#assign h = (minutes / 60)?floor>
  <#assign rest = minutes % 60>
  <#if h == 0><#return minutes + " min"></#if>
  <#return h + (en?then(" h", " uur")) + (rest > 0)?then(" " + rest + " min", "")>
</#function>
<#assign alternate = en?then("/methoden/" + m.id + ".html", m.en???then("/en/methods/" + m.id + ".html", ""))>
<@layout.page title=name lang=lang description=t.summary alternate=alternate>
  <p class="meta"><a href="${en?then('/en/methods.html', '/methoden.html')}">${en?then("All methods", "Alle methoden")}</a></p>
  <h1>${name}</h1>
  <p class="lead">${t.summary}</p>
  <dl class="facts">
    <dt>${en?then("Purpose", "Doel")}</dt><dd>${t.purpose}</dd>
    <dt>${en?then("When to use", "Wanneer")}</dt><dd>${t.when}</dd>
    <#-- Group size and duration as the sources give them; where they give none, the page says so. -->
    <dt>${en?then("Group size", "Groepsgrootte")}</dt><dd>${t.groupSize!en?then("The sources give no group size.", "De bronnen noemen geen groepsgrootte.")}</dd>
    <dt>${en?then("Duration", "Duur")}</dt><dd>${t.duration!en?then("The sources give no duration.", "De bronnen noemen geen duur.")} ${en?then("The steps below add up to", "De stappen hieronder tellen op tot")} ${duration(total)}.</dd>
    <dt>${en?then("Origin", "Herkomst")}</dt><dd>${en?then(m.originEn, m.origin)}</dd>
  </dl>
  <#if t.differences??>
  <div class="note">
    <h2 class="note__title">${en?then("Where the sources differ", "Waar de bronnen verschillen")}</h2>
    <p>${t.differences}</p>
  </div>
  </#if>

  <h2>${en?then("Roles", "Rollen")}</h2>
  <dl class="facts">
  <#list t.roles as role>
    <dt>${role.name}</dt><dd>${role.task?cap_first}</dd>
  </#list>
  </dl>

  <h2>${en?then("Steps", "Stappen")}</h2>
  <#-- On a narrow screen the table scrolls inside this region (named by its caption), not the page. -->
  <div class="table-scroll" role="region" aria-labelledby="stappen-titel" tabindex="0">
  <table class="steps-table">
    <caption id="stappen-titel">${en?then("The steps with the time for each", "De stappen met de tijd per stap")}</caption>
    <thead>
      <tr><th scope="col">${en?then("Step", "Stap")}</th><th scope="col">${en?then("What happens", "Wat gebeurt er")}</th><th scope="col">Min.</th></tr>
    </thead>
    <tbody>
    <#list t.steps as step>
      <tr><th scope="row">${step?counter}. ${step.title}</th><td>${step.text}</td><td>${step.minutes}</td></tr>
    </#list>
    </tbody>
    <tfoot>
      <tr><th scope="row" colspan="2">${en?then("Total", "Totaal")}</th><td>${total}</td></tr>
    </tfoot>
  </table>
  </div>
  <p class="meta">${en?then("The times per step are a guide within what the sources say; the facilitator adapts them to the group.", "De tijden per stap zijn een richtlijn binnen wat de bronnen zeggen; de begeleider past ze aan de groep aan.")}</p>

  <#if t.tips?has_content>
  <h2>Tips</h2>
  <ul>
  <#list t.tips as tip>
    <li>${tip}</li>
  </#list>
  </ul>
  </#if>

  <section id="bronnen" aria-labelledby="bronnen-titel">
    <h2 id="bronnen-titel">${en?then((m.sources?size > 1)?then("Sources", "Source"), (m.sources?size > 1)?then("Bronnen", "Bron"))}</h2>
    <ul class="sources">
    <#list m.sources as src>
      <#-- A title in another language than the page carries its own lang (WCAG 3.1.2); titles are Dutch unless marked. -->
      <#assign srcLang = src.lang!"nl">
      <li>${src.author}, <cite<#if srcLang != lang> lang="${srcLang}"</#if>>${src.title}</cite><#if src.year??> (${src.year?c})</#if>.<#if src.url??> <a href="${src.url}"<#if srcLang != lang> hreflang="${srcLang}"</#if>>${src.url?remove_beginning("https://")?remove_beginning("http://")?keep_before("/")}</a>.</#if><#if en && src.noteEn??> ${src.noteEn}<#elseif !en && src.note??> ${src.note}</#if></li>
    </#list>
    </ul>
  </section>
</@layout.page>
