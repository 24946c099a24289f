<#ftl output_format="HTML">
<#-- Groups and locations, grouped by region, with an inline SVG map. The groups are the coordinators' data (the
     table); this page renders the snapshot taken at build time and says its date: data/groups-snapshot.yaml when
     the build saved one from GET /api/groups (see README, "Deploying"), else the first import data/groups.yaml,
     whose groups have no members yet. With scripts, /js/groups.js refreshes places, new and closed groups
     from GET /api/groups. The list is the content; the map only adds a picture of where places are.
     lang=en shows the English-language groups only. Never shown: facilitatorEmail, facilitatorUsername. -->
<#import "layout.ftl" as layout>
<#assign en = ((content.lang!"nl") == "en")>
<#assign snapshot = data.get('groups-snapshot.yaml')>
<#if snapshot.groups??>
  <#assign all = snapshot.groups>
  <#assign takenAt = snapshot.generatedAt?substring(0, 10)?date("yyyy-MM-dd")>
<#else>
  <#assign all = data.get('groups.yaml').groups?filter(g -> (g.status!"open") != "closed")>
  <#assign takenAt = .now>
</#if>
<#assign groups = en?then(all?filter(g -> g.language == "en"), all)>
<#assign outline = data.get('nl-outline.yaml').rings>
<#-- Equirectangular projection around 52°N: x = (lon - 3.2) * cos(52°) * k, y = (53.6 - lat) * k (groups.js: the same). -->
<#assign k = 120>
<#function px lon><#return ((lon - 3.2) * 0.6157 * k * 10)?round / 10></#function>
<#function py lat><#return ((53.6 - lat) * k * 10)?round / 10></#function>
<#function slug text><#return text?lower_case?replace("[^a-z0-9]+", "-", "r")></#function>
<#-- Places open: from the snapshot, or (first import, nobody placed yet) the capacity of an open group. -->
<#function open g><#return g.placesOpen!(((g.status!"open") == "open")?then(g.capacity!9, 0))></#function>
<#function placesText n><#if (n > 0)><#return n + " " + en?then((n == 1)?then("place", "places"), (n == 1)?then("plaats", "plaatsen")) + " " + en?then("open", "vrij")><#else><#return en?then("full: you can join the waiting list", "vol: je kunt op de wachtlijst")></#if></#function>
<#assign days = {"monday": ["maandag", "Monday"], "tuesday": ["dinsdag", "Tuesday"], "wednesday": ["woensdag", "Wednesday"],
  "thursday": ["donderdag", "Thursday"], "friday": ["vrijdag", "Friday"], "saturday": ["zaterdag", "Saturday"], "sunday": ["zondag", "Sunday"]}>
<#assign parts = {"morning": ["ochtend", "morning"], "afternoon": ["middag", "afternoon"], "evening": ["avond", "evening"]}>
<#function when g><#return en?then(days[g.weekday][1] + " " + parts[g.partOfDay][1], days[g.weekday][0] + parts[g.partOfDay][0])></#function>
<#assign months = en?then(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"])>
<#assign regions = []>
<#list groups as g><#if !regions?seq_contains(g.region)><#assign regions = regions + [g.region]></#if></#list>
<#assign places = []>
<#list groups?filter(g -> g.mode == "in-person") as g><#if !places?seq_contains(g.city)><#assign places = places + [g.city]></#if></#list>
<@layout.page title=content.title lang=(content.lang!"nl") description=(content.description!"") alternate=(content.alternate!"") script="/js/groups.js">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
  <p class="snapshot" id="groups-status" data-lang="${en?then('en', 'nl')}" role="status">${en?then("Places as of", "Vrije plaatsen volgens de stand van")} <time datetime="${takenAt?string('yyyy-MM-dd')}">${takenAt?string('d')} ${months[takenAt?string('M')?number - 1]} ${takenAt?string('yyyy')}</time>.</p>
  <div class="with-map">
  <div id="group-regions">
  <#list regions as region>
    <section class="region" aria-labelledby="regio-${slug(region)}" data-region="${region}">
      <h2 id="regio-${slug(region)}">${region}</h2>
      <ul class="group-list">
      <#list groups?filter(g -> g.region == region) as g>
        <#-- An English-language group's own texts (name, frequency, venue) are English: on the Dutch page
             they carry lang="en" (WCAG 3.1.2), so a screen reader reads them in English. -->
        <#assign part = (!en && g.language == "en")?then(" lang=\"en\"", "")>
        <li class="group" id="groep-${g.id}" data-id="${g.id}">
          <h3${part?no_esc}>${g.name}</h3>
          <dl class="facts">
            <#if g.mode == "in-person">
            <dt>${en?then("Place", "Plaats")}</dt><dd>${g.city} (<span${part?no_esc}>${g.venue?lower_case}</span>)</dd>
            <#else>
            <dt>${en?then("Where", "Waar")}</dt><dd>Online (<span${part?no_esc}>${g.venue?lower_case}</span>)</dd>
            </#if>
            <dt>${en?then("When", "Wanneer")}</dt><dd>${when(g)}, <span${part?no_esc}>${g.frequency}</span></dd>
            <dt>${en?then("Language", "Taal")}</dt><dd>${(g.language == "en")?then(en?then("English", "Engels"), en?then("Dutch", "Nederlands"))}</dd>
            <dt>${en?then("Facilitator", "Begeleider")}</dt><dd>${g.facilitator}</dd>
            <dt>${en?then("Places", "Plaatsen")}</dt>
            <dd><span class="badge<#if !(open(g) > 0)> badge--full</#if>" data-places>${placesText(open(g))}</span></dd>
          </dl>
        </li>
      </#list>
      </ul>
    </section>
  </#list>
  </div>
  <#if !en || places?has_content>
  <figure class="map">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 360" width="300" height="360" role="group" aria-labelledby="kaart-titel" id="group-map">
      <title id="kaart-titel">${en?then("Map of the Netherlands with the places where groups meet", "Kaart van Nederland met de plaatsen waar groepen samenkomen")}</title>
      <path class="map__land" fill-rule="evenodd" d="<#list outline as ring><#list ring as p>${(p?index == 0)?then('M', 'L')}${px(p[1])?c},${py(p[0])?c}</#list>Z</#list>"/>
      <#list places as city>
      <#assign here = groups?filter(g -> g.city == city)>
      <#assign first = here[0]>
      <a href="#groep-${first.id}" data-city="${city}" aria-label="${city}: ${here?size} ${en?then((here?size == 1)?then('group', 'groups'), (here?size == 1)?then('groep', 'groepen'))}">
        <circle class="map__point" cx="${px(first.longitude)?c}" cy="${py(first.latitude)?c}" r="6"/>
        <#-- Labels go left of points near the east edge and on the west coast (towards the sea). -->
        <#assign left = (first.longitude > 6.2 || first.longitude < 4.6)>
        <text class="map__label<#if left> map__label--left</#if>" x="${(px(first.longitude) + left?then(-9, 9))?c}" y="${(py(first.latitude) + 4)?c}" aria-hidden="true">${city}</text>
      </a>
      </#list>
    </svg>
    <figcaption>${en?then("The map shows the in-person groups; online groups are in the list.", "De kaart toont de groepen op locatie; online groepen staan in de lijst.")} ${en?then("Outline: © OpenStreetMap contributors (ODbL).", "Omtrek: © OpenStreetMap-bijdragers (ODbL).")}</figcaption>
  </figure>
  </#if>
  </div>
  <div class="actions">
    <a class="nl-button nl-button--primary" href="${en?then('/en/sign-up.html', '/aanmelden.html')}">${en?then("How to sign up", "Zo meld je je aan")}</a>
  </div>
</@layout.page>
