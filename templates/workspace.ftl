<#ftl output_format="HTML">
<#-- JBake page type "workspace": a coordinators' or facilitators' page. The content file gives the body (HTML, shown
     after sign-in inside #work) and its module script; signin=false (the guide) shows the body at once. -->
<#import "workspace-layout.ftl" as ws>
<#assign lang = content.lang!"nl">
<#assign area = content.area!"beheer">
<#assign withSignin = (content.signin!"true") != "false">
<@ws.page title=content.title lang=lang area=area description=(content.description!"") stylesheet=(content.stylesheet!"")
    script=(content.script!"") alternate=(content.alternate!"")>
  <h1>${content.title}</h1>
  <#if withSignin>
  <noscript>
    <p class="ws-notice">${(lang == "en")?then("This page needs JavaScript: turn JavaScript on in your browser.",
        "Deze pagina werkt alleen met JavaScript: zet JavaScript aan in je browser. De openbare site werkt ook zonder.")}</p>
  </noscript>
  <@ws.signin lang=lang area=area/>
  <div id="work" hidden>
    <div id="page-feedback" class="ws-feedback" role="status" tabindex="-1"></div>
    ${content.body?no_esc}
  </div>
  <#else>
  ${content.body?replace("<table>(.*?)</table>", "<div class=\"table-scroll\" role=\"region\" aria-label=\"Tabel: " + content.title?replace('"', "") + "\" tabindex=\"0\"><table>$1</table></div>", "rs")?no_esc}
  </#if>
</@ws.page>
