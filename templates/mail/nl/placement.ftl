<#-- To a placed applicant (model: matching/PlacementMail). -->
<#assign subject>Je bent geplaatst in een intervisiegroep</#assign>
Beste ${name},

Je bent geplaatst in de intervisiegroep ${group} (${where}, ${day}, ${frequency}).
Je begeleider, ${facilitator}, neemt contact met je op over de eerste bijeenkomst.
Vermeld bij een antwoord je referentie ${reference}.

Met vriendelijke groet,
De coördinatoren intervisie
