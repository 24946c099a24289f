<#ftl output_format="HTML">
<#-- Rendered by the sign-up function (SignupPages) after a form sent without JavaScript (post/redirect/get):
     the thank-you page with the reference. Model: lang, reference, review (true: the intake notice). -->
<#import "layout.ftl" as layout>
<#import "signup-thanks.ftl" as thanks>
<#assign en = (lang == "en")>
<#assign heading = en?then("Thank you for signing up", "Bedankt voor je aanmelding")>
<@layout.page title=heading lang=lang stylesheet="/css/form.css" noindex=true
    alternate="/api/signup/confirmation?ref=" + reference + review?then("&review=1", "") + en?then("&lang=nl", "&lang=en")
    uri=en?then("en/sign-up/thank-you.html", "aanmelden/bedankt.html")>
  <h1>${heading}</h1>
  <@thanks.thanks lang=lang reference=reference review=review/>
</@layout.page>
