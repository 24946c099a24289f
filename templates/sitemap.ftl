<#ftl output_format="XML">
<#-- Every public page; pages marked noindex (confirmations), the workspace pages (type workspace: coordinators'
     and facilitators' pages, always noindex) and the 404 page stay out. -->
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content?sort_by("uri") as item>
<#if (item.noindex!"false") != "true" && (item.type!"") != "workspace" && item.uri != "404.html" && !item.uri?starts_with("beheer/")>
  <url><loc>${config.site_host}/${item.uri?remove_ending("index.html")}</loc></url>
</#if>
</#list>
</urlset>
