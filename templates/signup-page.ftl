<#ftl output_format="HTML">
<#-- The static sign-up pages (type=signup): the form (signup=form) and the thank-you page signup.js goes to
     (signup=thanks), each with its Markdown/HTML body above. The sign-up function renders the same macros on the
     same layout: signup-error.ftl and signup-confirmation.ftl. -->
<#import "layout.ftl" as layout>
<#import "signup-form.ftl" as signup>
<#import "signup-thanks.ftl" as thanks>
<#assign lang = content.lang!"nl">
<@layout.page title=content.title lang=lang description=(content.description!"") stylesheet="/css/form.css"
    script="/js/signup.js" noindex=((content.noindex!"false") == "true") alternate=(content.alternate!"")>
  <h1>${content.title}</h1>
  ${content.body?no_esc}
  <#if (content.signup!"form") == "thanks">
  <@thanks.thanks lang=lang/>
  <#else>
  <@signup.form lang=lang municipalities=data.get('municipalities.yaml').municipalities/>
  </#if>
</@layout.page>
