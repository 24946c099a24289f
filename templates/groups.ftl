<#ftl output_format="HTML">
<#-- Groups and locations from the one catalogue (data/groups.yaml, also loaded by the back end), grouped by
     region, with an inline SVG map. The list is the content; the map only adds a picture of where places are.
     lang=en shows the English-language groups only. -->
<#import "layout.ftl" as layout>
<#assign en = ((content.lang!"nl") == "en")>
<#assign all = data.get('groups.yaml').groups>
<#assign groups = en?then(all?filter(g -> g.language == "en"), all)>
<#assign outline = data.get('nl-outline.yaml').points>
<#-- Equirectangular projection around 52°N: x = (lon - 3.2) * cos(52°) * k, y = (53.6 - lat) * k. -->
<#assign k = 120>
<#function px lon><#return ((lon - 3.2) * 0.6157 * k * 10)?round / 10></#function>
<#function py lat><#return ((53.6 - lat) * k * 10)?round / 10></#function>
<#function slug text><#return text?lower_case?replace("[^a-z0-9]+", "-", "r")></#function>
<#function open g><#return (g.placesOpen!0)></#function>
<#assign regions = []>
<#list groups as g><#if !regions?seq_contains(g.region)><#assign regions = regions + [g.region]></#if></#list>
<#assign places = []>
<#list groups?filter(g -> g.mode == "in-person") as g><#if !places?seq_contains(g.city)><#assign places = places + [g.city]></#if></#list>
<@layout.page title=content.title lang=(content.lang!"nl") description=(content.description!"") alternate=(content.alternate!"")>
  <h1>${content.title}</h1>
  ${content.body?no_esc}
  <div class="with-map">
  <div>
  <#list regions as region>
    <section class="region" aria-labelledby="regio-${slug(region)}">
      <h2 id="regio-${slug(region)}">${region}</h2>
      <ul class="group-list">
      <#list groups?filter(g -> g.region == region) as g>
        <#-- An English-language group's own texts (name, day, frequency, venue) are English: on the Dutch page
             they carry lang="en" (WCAG 3.1.2), so a screen reader reads them in English. -->
        <#assign part = (!en && g.language == "en")?then(" lang=\"en\"", "")>
        <li class="group" id="groep-${g.id}">
          <h3${part?no_esc}>${g.name}</h3>
          <dl class="facts">
            <#if g.mode == "in-person">
            <dt>${en?then("Place", "Plaats")}</dt><dd>${g.city} (<span${part?no_esc}>${g.venue?lower_case}</span>)</dd>
            <#else>
            <dt>${en?then("Where", "Waar")}</dt><dd>Online (<span${part?no_esc}>${g.venue?lower_case}</span>)</dd>
            </#if>
            <dt>${en?then("When", "Wanneer")}</dt><dd${part?no_esc}>${g.day}, ${g.frequency}</dd>
            <dt>${en?then("Language", "Taal")}</dt><dd>${(g.language == "en")?then(en?then("English", "Engels"), en?then("Dutch", "Nederlands"))}</dd>
            <dt>${en?then("Facilitator", "Begeleider")}</dt><dd>${g.facilitator}</dd>
            <dt>${en?then("Places", "Plaatsen")}</dt>
            <dd><#if (open(g) > 0)><span class="badge">${open(g)} ${en?then((open(g) == 1)?then("place", "places"), (open(g) == 1)?then("plaats", "plaatsen"))} ${en?then("open", "vrij")}</span><#else><span class="badge badge--full">${en?then("full: you can join the waiting list", "vol: je kunt op de wachtlijst")}</span></#if></dd>
          </dl>
        </li>
      </#list>
      </ul>
    </section>
  </#list>
  </div>
  <#if places?has_content>
  <figure class="map">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 360" width="300" height="360" role="group" aria-labelledby="kaart-titel">
      <title id="kaart-titel">${en?then("Map of the Netherlands with the places where groups meet", "Kaart van Nederland met de plaatsen waar groepen samenkomen")}</title>
      <path class="map__land" d="<#list outline as p>${(p?index == 0)?then('M', 'L')}${px(p[1])?c},${py(p[0])?c} </#list>Z"/>
      <#list places as city>
      <#assign here = groups?filter(g -> g.city == city)>
      <#assign first = here[0]>
      <a href="#groep-${first.id}" aria-label="${city}: ${here?size} ${en?then((here?size == 1)?then('group', 'groups'), (here?size == 1)?then('groep', 'groepen'))}">
        <circle class="map__point" cx="${px(first.longitude)?c}" cy="${py(first.latitude)?c}" r="6"/>
        <#-- Labels go left of points near the east edge and on the west coast (towards the sea). -->
        <#assign left = (first.longitude > 6.2 || first.longitude < 4.6)>
        <text class="map__label<#if left> map__label--left</#if>" x="${(px(first.longitude) + left?then(-9, 9))?c}" y="${(py(first.latitude) + 4)?c}" aria-hidden="true">${city}</text>
      </a>
      </#list>
    </svg>
    <figcaption>${en?then("The map shows the in-person groups; online groups are in the list.", "De kaart toont de groepen op locatie; online groepen staan in de lijst.")}</figcaption>
  </figure>
  </#if>
  </div>
  <div class="actions">
    <a class="nl-button nl-button--primary" href="${en?then('/en/sign-up.html', '/aanmelden.html')}">${en?then("How to sign up", "Zo meld je je aan")}</a>
  </div>
</@layout.page>
