<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=content.title lang=(content.lang!"nl") description=(content.description!"")
    stylesheet=(content.stylesheet!"") script=(content.script!"") noindex=((content.noindex!"false") == "true")>
  <h1>${content.title}</h1>
  ${content.body?no_esc}
</@layout.page>
