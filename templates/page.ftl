<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=content.title lang=(content.lang!"nl") description=(content.description!"")
    stylesheet=(content.stylesheet!"") script=(content.script!"") noindex=((content.noindex!"false") == "true")
    alternate=(content.alternate!"")>
  <h1>${content.title}</h1>
  <#if content.intro??><p class="lead">${content.intro}</p></#if>
  ${content.body?no_esc}
</@layout.page>
