<#-- To the group's facilitator (facilitatorEmail) when someone is placed in their group (planning/PlacementMails). -->
<#assign subject>New member in ${group}</#assign>
Dear<#if facilitator?has_content> ${facilitator}</#if>,

${name} has been placed in your intervision group ${group}.
E-mail address: ${email}

Please contact them before the first meeting: their placement mail says you will.

<#include "meetings.ftl">

This address is for contact within the group only; please do not pass it on.

Kind regards,
The intervision coordinators
