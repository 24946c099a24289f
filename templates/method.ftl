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
    <dt>${en?then("Group size", "Groepsgrootte")}</dt><dd>${m.groupMin}–${m.groupMax} ${en?then("participants", "deelnemers")}</dd>
    <dt>${en?then("Duration", "Duur")}</dt><dd>${en?then("about", "ongeveer")} ${duration(total)} ${en?then("per case", "per casus")}</dd>
    <dt>${en?then("Origin", "Herkomst")}</dt><dd>${en?then(m.originEn, m.origin)}</dd>
  </dl>

  <h2>${en?then("Roles", "Rollen")}</h2>
  <dl class="facts">
  <#list t.roles as role>
    <dt>${role.name}</dt><dd>${role.task?cap_first}</dd>
  </#list>
  </dl>

  <h2>${en?then("Steps", "Stappen")}</h2>
  <table class="steps-table">
    <caption>${en?then("The steps with the time for each", "De stappen met de tijd per stap")}</caption>
    <thead>
      <tr><th scope="col">${en?then("Step", "Stap")}</th><th scope="col">${en?then("What happens", "Wat gebeurt er")}</th><th scope="col">${en?then("Minutes", "Minuten")}</th></tr>
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
  <p class="meta">${en?then("The times are a guide; the facilitator adapts them to the group.", "De tijden zijn een richtlijn; de begeleider past ze aan de groep aan.")}</p>

  <#if t.tips?has_content>
  <h2>Tips</h2>
  <ul>
  <#list t.tips as tip>
    <li>${tip}</li>
  </#list>
  </ul>
  </#if>
</@layout.page>
