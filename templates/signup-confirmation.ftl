<#ftl output_format="HTML">
<#-- Rendered by the sign-up function (SignupPages) after a form sent without JavaScript (post/redirect/get):
     the "check your mail" page, the same text as the static thank-you pages. Model: lang. -->
<#import "layout.ftl" as layout>
<#import "signup-thanks.ftl" as thanks>
<#assign en = (lang == "en")>
<#assign heading = en?then("Check your mail", "Kijk in je mail")>
<@layout.page title=heading lang=lang stylesheet="/css/form.css" noindex=true
    alternate="/api/signup/confirmation" + en?then("?lang=nl", "?lang=en")
    uri=en?then("en/sign-up/thank-you.html", "aanmelden/bedankt.html")>
  <h1>${heading}</h1>
  <@thanks.thanks lang=lang/>
</@layout.page>
