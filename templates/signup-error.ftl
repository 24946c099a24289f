<#ftl output_format="HTML">
<#-- Rendered by the sign-up function (SignupPages) when a form sent without JavaScript has errors: the form page
     again, with what was sent and the messages. Model: lang, values, errors, municipalities (see signup-form.ftl). -->
<#import "layout.ftl" as layout>
<#import "signup-form.ftl" as signup>
<#assign en = (lang == "en")>
<#assign heading = en?then("Sign-up form for intervision", "Aanmeldformulier intervisie")>
<@layout.page title=en?then("Error: ", "Fout: ") + heading lang=lang stylesheet="/css/form.css" script="/js/signup.js"
    noindex=true alternate=en?then("/aanmelden/formulier.html", "/en/sign-up/form.html")
    uri=en?then("en/sign-up/form.html", "aanmelden/formulier.html")>
  <h1>${heading}</h1>
  <@signup.form lang=lang values=values errors=errors municipalities=municipalities/>
</@layout.page>
