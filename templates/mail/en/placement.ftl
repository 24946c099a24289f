<#-- To a placed applicant (model: matching/PlacementMail). -->
<#assign subject>You have a place in an intervision group</#assign>
Dear ${name},

You have a place in the intervision group ${group} (${where}, ${day}, ${frequency}).
Your facilitator, ${facilitator}, will contact you about the first meeting.
Please quote your reference ${reference} in any reply.

Kind regards,
The intervision coordinators
