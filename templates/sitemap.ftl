<#ftl output_format="XML">
<#-- Every public page; pages marked noindex (the admin page, confirmations) and the 404 page stay out. -->
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content?sort_by("uri") as item>
<#if (item.noindex!"false") != "true" && item.uri != "404.html" && !item.uri?starts_with("beheer/")>
  <url><loc>${config.site_host}/${item.uri?remove_ending("index.html")}</loc></url>
</#if>
</#list>
</urlset>
