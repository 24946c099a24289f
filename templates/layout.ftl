<#ftl output_format="HTML">
<#-- The one page layout: skip link, header with navigation, one <main>, footer.
     Page hooks: stylesheet (an extra CSS file), script (a deferred JS file, the page must work without it),
     noindex (pages search engines must not list, such as the admin page). -->
<#macro page title lang="nl" description="" stylesheet="" script="" noindex=false>
<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} | ${config.site_name}</title>
  <#if description?has_content><meta name="description" content="${description}"></#if>
  <#if noindex><meta name="robots" content="noindex, nofollow"></#if>
  <link rel="stylesheet" href="/css/site.css">
  <#if stylesheet?has_content><link rel="stylesheet" href="${stylesheet}"></#if>
  <#if script?has_content><script src="${script}" defer></script></#if>
</head>
<body>
  <a class="skip-link" href="#inhoud">${(lang == "en")?then("Skip to content", "Naar de inhoud")}</a>
  <header class="site-header">
    <div class="wrap">
      <a class="site-name" href="/">${config.site_name}</a>
      <nav aria-label="${(lang == "en")?then("Main menu", "Hoofdmenu")}">
        <ul>
          <li><a href="/">Home</a></li>
          <li><a href="/groepen.html">Groepen</a></li>
        </ul>
      </nav>
    </div>
  </header>
  <main id="inhoud" class="wrap" tabindex="-1">
    <#nested>
  </main>
  <footer class="site-footer">
    <div class="wrap">
      <p>${config.site_name}</p>
    </div>
  </footer>
</body>
</html>
</#macro>
