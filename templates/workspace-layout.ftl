<#ftl output_format="HTML">
<#-- The workspace layout: the pages coordinators (/beheer/) and facilitators (/begeleider/, /en/facilitator/) work in.
     Unlike layout.ftl it has no public menu and no link to the public site: the network's name, the workspace's own
     navigation, who is signed in and "Uitloggen". Scripts are ES modules (js/signin.js and js/workspace.js are shared),
     so each page loads only its own small file, which imports the rest.
     area: "beheer" (coordinators) or "begeleider" (facilitators); script: the page's module; alternate: the same page
     in the other language (facilitator pages only); uri: the page's path without the leading slash. -->
<#macro page title lang="nl" area="beheer" description="" stylesheet="" script="" alternate="" uri=((content.uri)!"")>
<#assign en = (lang == "en")>
<#assign here = "/" + uri?replace("index.html$", "", "r")>
<#if area == "beheer">
  <#assign nav = [["/beheer/", "Overzicht"], ["/beheer/aanmeldingen.html", "Aanmeldingen"], ["/beheer/groepen.html", "Groepen"],
      ["/beheer/matching.html", "Matching"], ["/beheer/verslagen.html", "Verslagen"], ["/beheer/handleiding.html", "Handleiding"]]>
  <#assign areaName = "Beheer">
<#else>
  <#assign nav = [[en?then("/en/facilitator/", "/begeleider/"), en?then("My groups", "Mijn groepen")]]>
  <#assign areaName = en?then("Facilitators", "Begeleiders")>
</#if>
<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} | ${areaName} | ${en?then("Intervision for confidential advisers", config.site_name)}</title>
  <#if description?has_content><meta name="description" content="${description}"></#if>
  <meta name="robots" content="noindex, nofollow">
  <link rel="stylesheet" href="/css/site.css">
  <link rel="stylesheet" href="/css/utrecht.css">
  <link rel="stylesheet" href="/css/workspace.css">
  <#if stylesheet?has_content><link rel="stylesheet" href="${stylesheet}"></#if>
  <#if alternate?has_content><link rel="alternate" hreflang="${en?then('nl', 'en')}" href="${alternate}"></#if>
  <link rel="icon" href="/img/favicon.svg" type="image/svg+xml">
  <#if script?has_content><script type="module" src="${script}"></script></#if>
</head>
<body class="ws" data-area="${area}">
  <a class="skip-link" href="#inhoud">${en?then("Skip to content", "Naar de inhoud")}</a>
  <header class="ws-header">
    <div class="ws-header__bar">
      <p class="ws-header__name"><img src="/img/logo.svg" alt="" width="28" height="28"> <span>${en?then("Intervision network", "Intervisienetwerk")}</span> <span class="ws-header__area">${areaName}</span></p>
      <p class="ws-who" id="ws-who" hidden>${en?then("Signed in as", "Ingelogd als")} <strong id="who"></strong>
        <button type="button" id="signout" class="utrecht-button utrecht-button--subtle ws-button--on-dark">${en?then("Sign out", "Uitloggen")}</button></p>
      <#if alternate?has_content><a class="language-switch" href="${alternate}" hreflang="${en?then('nl', 'en')}" lang="${en?then('nl', 'en')}">${en?then("Nederlands", "English")}</a></#if>
    </div>
    <nav class="ws-nav" aria-label="${en?then('Workspace', 'Werkruimte')}">
      <ul class="ws-nav__list">
      <#list nav as item>
        <li><a class="ws-nav__link" href="${item[0]}"<#if here == item[0]> aria-current="page"</#if>>${item[1]}</a></li>
      </#list>
      </ul>
    </nav>
  </header>
  <main id="inhoud" class="ws-main" tabindex="-1">
    <#nested>
  </main>
</body>
</html>
</#macro>

<#-- The one sign-in markup of the workspace (coordinators and facilitators): the Cognito button when deployed, the
     local token field otherwise; js/signin.js shows the right one. Messages about signing in appear next to it. -->
<#macro signin lang="nl" area="beheer">
<#assign en = (lang == "en")>
<section id="signin" class="ws-signin" aria-labelledby="signin-title" hidden>
  <h2 id="signin-title">${en?then("Sign in", "Inloggen")}</h2>
  <div id="signin-feedback" class="ws-feedback" role="status" tabindex="-1"></div>
  <div id="signin-cognito" hidden>
    <p>${en?then("You sign in on the network's sign-in page, then come back here.", "Je logt in via de inlogpagina van het netwerk. Daarna kom je hier terug.")}</p>
    <button type="button" id="signin-cognito-button" class="utrecht-button utrecht-button--primary-action">${en?then("Sign in", "Inloggen")}</button>
  </div>
  <form id="signin-token" class="ws-form" hidden>
    <p>${en?then("Locally: paste the facilitator token the local server prints at start.",
        (area == "beheer")?then("Lokaal: plak het beheertoken dat de lokale server bij het starten toont.",
        "Lokaal: plak het begeleiderstoken dat de lokale server bij het starten toont."))}</p>
    <div class="utrecht-form-field ws-field">
      <label class="utrecht-form-label" for="token"><#if area == "beheer">Beheertoken<#else>Token</#if> <span class="ws-required">${en?then("(required)", "(verplicht)")}</span></label>
      <input class="utrecht-textbox utrecht-textbox--html-input" id="token" name="token" type="password" autocomplete="off" required>
    </div>
    <button type="submit" class="utrecht-button utrecht-button--primary-action">${en?then("Sign in", "Inloggen")}</button>
  </form>
</section>
</#macro>
