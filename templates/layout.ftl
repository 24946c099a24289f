<#ftl output_format="HTML">
<#-- The one page layout: skip link, header with navigation and language switch, one <main>, footer.
     Page hooks: stylesheet (an extra CSS file), script (a deferred JS file, the page must work without it),
     noindex (pages search engines must not list, such as the admin page).
     alternate: the same page in the other language (adds <link rel=alternate hreflang> and the visible switch).
     uri: the page's path without the leading slash (JBake's content.uri; the pages the functions render pass it),
     which marks the current menu item. -->
<#macro page title lang="nl" description="" stylesheet="" script="" noindex=false alternate="" uri=((content.uri)!"")>
<#assign en = (lang == "en")>
<#assign here = "/" + uri>
<#assign otherLang = en?then("nl", "en")>
<#assign otherHref = alternate?has_content?then(alternate, en?then("/", "/en/"))>
<#if en>
  <#assign menu = [["/en/", "Home"], ["/en/how-it-works.html", "How it works"], ["/en/methods.html", "Methods"],
      ["/en/groups.html", "Groups"], ["/en/sign-up.html", "Sign up"]]>
  <#assign footerMenu = [["/en/contact.html", "Contact"], ["/en/privacy.html", "Privacy statement"],
      ["/en/accessibility.html", "Accessibility"]]>
<#else>
  <#assign menu = [["/", "Home"], ["/hoe-werkt-het.html", "Hoe werkt het"], ["/methoden.html", "Methoden"],
      ["/groepen.html", "Groepen en locaties"], ["/aanmelden.html", "Aanmelden"]]>
  <#assign footerMenu = [["/contact.html", "Contact"], ["/privacy.html", "Privacyverklaring"],
      ["/toegankelijkheid.html", "Toegankelijkheidsverklaring"]]>
</#if>
<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <#assign siteName = en?then("Intervision for confidential advisers", config.site_name)>
  <#-- The home page's title is the site's name: say it once, not "X | X". -->
  <title><#if title == siteName>${siteName}<#else>${title} | ${siteName}</#if></title>
  <#if description?has_content><meta name="description" content="${description}"></#if>
  <#if noindex><meta name="robots" content="noindex, nofollow"></#if>
  <link rel="stylesheet" href="/css/site.css">
  <#if stylesheet?has_content><link rel="stylesheet" href="${stylesheet}"></#if>
  <#if alternate?has_content>
  <link rel="alternate" hreflang="${lang}" href="${here?replace('/index.html$', '/', 'r')}">
  <link rel="alternate" hreflang="${otherLang}" href="${alternate}">
  </#if>
  <link rel="icon" href="/img/favicon.svg" type="image/svg+xml">
  <#if script?has_content><script src="${script}" defer></script></#if>
</head>
<body>
  <a class="skip-link" href="#inhoud">${en?then("Skip to content", "Naar de inhoud")}</a>
  <header class="site-header">
    <div class="wrap site-header__bar">
      <a class="site-name" href="${en?then('/en/', '/')}"><img class="site-name__logo" src="/img/logo.svg" alt="" width="32" height="32"> <span>${en?then("Intervision for confidential advisers", config.site_name)}</span></a>
      <a class="language-switch" href="${otherHref}" hreflang="${otherLang}" lang="${otherLang}">${en?then("Nederlands", "English")}</a>
    </div>
    <nav class="wrap site-nav" aria-label="${en?then('Main menu', 'Hoofdmenu')}">
      <ul class="site-nav__list">
      <#list menu as item>
        <li><a class="site-nav__link" href="${item[0]}"<#if here == item[0] || (here?ends_with("/index.html") && here?remove_ending("index.html") == item[0]) || (item[0]?length > 4 && here?starts_with(item[0]?remove_ending(".html") + "/"))> aria-current="page"</#if>>${item[1]}</a></li>
      </#list>
      </ul>
    </nav>
  </header>
  <main id="inhoud" class="wrap site-main" tabindex="-1">
    <#nested>
  </main>
  <footer class="site-footer">
    <div class="wrap">
      <ul class="site-footer__list">
      <#list footerMenu as item>
        <li><a href="${item[0]}">${item[1]}</a></li>
      </#list>
      </ul>
      <p>${en?then("A service of the interdepartmental network of confidential advisers.", "Een dienst van het interdepartementale netwerk van vertrouwenspersonen.")}</p>
    </div>
  </footer>
</body>
</html>
</#macro>
