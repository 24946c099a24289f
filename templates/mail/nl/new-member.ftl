<#-- To the group's facilitator (facilitatorEmail) when someone is placed in their group (planning/PlacementMails). -->
<#assign subject>Nieuw lid in ${group}</#assign>
Beste<#if facilitator?has_content> ${facilitator}</#if>,

${name} is geplaatst in jouw intervisiegroep ${group}.
E-mailadres: ${email}

Neem voor de eerste bijeenkomst contact op: in de plaatsingsmail staat dat je dat doet.

<#include "meetings.ftl">

Dit adres is alleen voor het contact binnen de groep; geef het niet door.

Met vriendelijke groet,
De coördinatoren intervisie
