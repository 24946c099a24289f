<#-- To a confirmed applicant a coordinator declined; the reason is the coordinator's (model: applicants/DeclineMail). -->
<#assign subject>Je aanmelding voor intervisie (${reference})</#assign>
Beste ${name},

Dank je voor je belangstelling voor een intervisiegroep van het netwerk. We hebben je aanmelding zorgvuldig bekeken en kunnen je op dit moment geen plaats in een groep aanbieden.

De coördinator schreef:

${reason}

Dit gaat over deze aanmelding, niet over jou als vakgenoot. Verandert er iets, dan ben je van harte welkom om je opnieuw aan te melden.

Bekijk wat we nog van je bewaren, of laat het wissen (link 30 dagen geldig):
${selfServiceUrl}

<#if replyTo!false>
Vragen, of zie je het anders? Beantwoord deze e-mail: je bericht komt bij de coördinatoren.
<#else>
Vragen? Kijk op ${siteUrl}/contact.html
</#if>

Met vriendelijke groet,
De coördinatoren intervisie
