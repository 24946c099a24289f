<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign catalogue = data.get('groups.yaml')>
<@layout.page title=content.title lang=(content.lang!"nl") description=(content.description!"")>
  <h1>${content.title}</h1>
  ${content.body?no_esc}
  <ul class="group-list">
  <#list catalogue.groups as group>
    <li>
      <strong>${group.name}</strong>: ${group.city}, ${group.day}, ${group.frequency}
      (${(group.mode == "online")?then("online", "op locatie")}, ${(group.language == "en")?then("Engelstalig", "Nederlandstalig")}),
      begeleider ${group.facilitator}
    </li>
  </#list>
  </ul>
</@layout.page>
