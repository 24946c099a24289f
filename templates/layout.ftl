<#ftl output_format="HTML">
<#-- The one page layout: skip link, header with navigation, one <main>, footer. -->
<#macro page title lang="nl" description="">
<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} | ${config.site_name}</title>
  <#if description?has_content><meta name="description" content="${description}"></#if>
  <link rel="stylesheet" href="/css/site.css">
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
