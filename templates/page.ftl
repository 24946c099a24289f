<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=content.title lang=(content.lang!"nl") description=(content.description!"")
    stylesheet=(content.stylesheet!"") script=(content.script!"") noindex=((content.noindex!"false") == "true")
    alternate=(content.alternate!"")>
  <h1>${content.title}</h1>
  <#if content.intro??><p class="lead">${content.intro}</p></#if>
  <#-- A Markdown table (a bare <table>; pages written in HTML wrap their own tables) that is wider than a narrow screen scrolls inside its own named region, not the page
       (WCAG 1.4.10); tabindex lets keyboard users scroll it. -->
  <#assign tableName = ((content.lang!"nl") == "en")?then("Table: ", "Tabel: ") + content.title?replace('"', "")>
  ${content.body?replace("<table>(.*?)</table>", "<div class=\"table-scroll\" role=\"region\" aria-label=\"" + tableName + "\" tabindex=\"0\"><table>$1</table></div>", "rs")?no_esc}
</@layout.page>
