<#ftl output_format="HTML">
<#-- The methods overview, from data/methods.yaml. In English, methods without an English description link to
     the Dutch page (marked as such). -->
<#import "layout.ftl" as layout>
<#assign en = ((content.lang!"nl") == "en")>
<#assign methods = data.get('methods.yaml').methods>
<#function total m><#assign sum = 0><#list (en && m.en??)?then(m.en, m.nl).steps as s><#assign sum = sum + s.minutes></#list><#return sum></#function>
<@layout.page title=content.title lang=(content.lang!"nl") description=(content.description!"") alternate=(content.alternate!"")>
  <h1>${content.title}</h1>
  ${content.body?no_esc}
  <ul class="card-list">
  <#list methods as m>
    <li>
      <div class="card">
      <#if en && m.en??>
        <h2><a href="/en/methods/${m.id}.html">${m.nameEn}</a></h2>
        <p>${m.en.summary}</p>
      <#elseif en>
        <h2><a href="/methoden/${m.id}.html" hreflang="nl">${m.nameEn}</a></h2>
        <p>Described in Dutch: <span lang="nl">${m.name}</span>.</p>
      <#else>
        <h2><a href="/methoden/${m.id}.html">${m.name}</a></h2>
        <p>${m.nl.summary}</p>
      </#if>
        <p class="meta">${en?then("Steps add up to", "Stappen samen")} ${total(m)} min · ${en?then("source", "bron")}: ${m.sources[0].author}</p>
      </div>
    </li>
  </#list>
  </ul>
</@layout.page>
