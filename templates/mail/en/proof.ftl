<#-- Proof of attendance after a meeting is recorded (model: attendance/ProofText). kind: PROOF, CORRECTED or WITHDRAWN. -->
<#assign subject><#if kind == "CORRECTED">Corrected proof of attendance: intervision<#elseif kind == "WITHDRAWN">Correction: intervision<#else>Proof of attendance: intervision</#if> ${group}, ${shortDate}</#assign>
Dear ${name},

<#if kind == "CORRECTED">
The record of this meeting was corrected. This proof replaces the previous one:
<#elseif kind == "WITHDRAWN">
After a correction you are no longer recorded as present at this meeting; the earlier proof no longer applies:
<#else>
You attended this intervision meeting:
</#if>

Group:        ${group}
Date:         ${date}
Time:         ${start}–${end} (${hours} hours)
Method:       ${method}
Facilitator:  ${facilitator!""}

Your total in ${year}: ${yearMeetings} <#if yearMeetings == 1>meeting<#else>meetings</#if>, ${yearHours} hours (requirement: at least ${meetingsPerYear} meetings a year).
Your hours of intervision ${periodFrom} – ${year}: ${periodHours} of ${hoursPerPeriod} hours for the re-certification (${periodYears} years).

Your statement for ${year} (to print or save as a PDF), up to date whenever you open it:
${statementUrl}
The link works for a year. Nothing about what was discussed in the group is recorded.

See what we store about you, or leave your group (link valid for 30 days):
${selfServiceUrl}

<#include "contact.ftl">

Kind regards,
The intervision coordinators
