<#-- After the address is confirmed (model: reference, needsReview, selfServiceUrl, replyTo, siteUrl). -->
<#assign subject>Je aanmelding voor intervisie is bevestigd (${reference})</#assign>
Goedendag,

Dank je: je adres is bevestigd en je aanmelding is binnen. Je referentienummer is ${reference}.

<#if needsReview>
Je hebt niet allebei de voorwaarden bevestigd (basisopleiding afgerond en formeel benoemd). Dat is geen afwijzing: een coördinator neemt contact met je op voor een intakegesprek.

</#if>
Wat gebeurt er nu?
- Een coördinator leest je aanmelding en nodigt je misschien uit voor een kort intakegesprek.
- We zoeken een groep die bij je past. Is er plaats, dan krijg je een e-mail met je groep.

Bekijk wat we van je bewaren, wijzig je voorkeuren of meld je af (link 30 dagen geldig):
${selfServiceUrl}

<#include "contact.ftl">
