<#-- To the coordinators (Dutch only): reference and status, never the person's details (model: reference, needsReview, siteUrl). -->
<#assign subject>Nieuwe aanmelding ${reference}</#assign>
Er is een nieuwe, bevestigde aanmelding binnengekomen.

Referentie: ${reference}
Status: <#if needsReview>intake nodig (voorwaarden niet allebei bevestigd)<#else>wacht op plaatsing</#if>

De gegevens staan op de beheerpagina: ${siteUrl}/beheer/index.html
