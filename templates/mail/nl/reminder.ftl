<#-- A reminder some days before a planned meeting (model: reminders/ReminderText). -->
<#assign subject>Herinnering: intervisie ${group} op ${day}</#assign>
Beste ${name},

Je intervisiegroep ${group} komt binnenkort bijeen:

Datum:        ${date}
Tijd:         ${start}–${end}
<#if link?has_content>
Online:       ${link}
</#if>
<#if place?has_content>
Plaats:       ${place}
</#if>
<#if facilitator?has_content>
Begeleider:   ${facilitator}
</#if>

Kun je niet komen? Meld je dan zo snel mogelijk af bij je begeleider<#if facilitator?has_content> ${facilitator}</#if><#if facilitatorEmail?has_content> (${facilitatorEmail})</#if>. Een afmelding wordt vastgelegd als "afgemeld", niet als afwezig.

Je persoonlijke agendalink (met alle geplande bijeenkomsten; wijzigingen komen er vanzelf in):
${calendarUrl}

Bekijk je gegevens en je groep, of verlaat de groep (link 30 dagen geldig):
${selfServiceUrl}

<#include "contact.ftl">

Met vriendelijke groet,
De coördinatoren intervisie
