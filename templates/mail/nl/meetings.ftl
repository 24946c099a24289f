<#-- The coming meetings of a group, one a line (model: meetings = [{date, start, end, place, link}]). -->
<#if meetings?has_content>
De komende bijeenkomsten:
<#list meetings as m>
- ${m.date}, ${m.start}–${m.end}<#if m.place?has_content>, ${m.place}</#if><#if m.link?has_content>, online: ${m.link}</#if>
</#list>
<#else>
Er zijn nog geen datums gepland; je hoort ze op tijd.
</#if>
