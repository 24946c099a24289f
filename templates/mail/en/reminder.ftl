<#-- A reminder some days before a planned meeting (model: reminders/ReminderText). -->
<#assign subject>Reminder: intervision ${group} on ${day}</#assign>
Dear ${name},

Your intervision group ${group} meets soon:

Date:         ${date}
Time:         ${start}–${end}
<#if link?has_content>
Online:       ${link}
</#if>
<#if place?has_content>
Place:        ${place}
</#if>
<#if facilitator?has_content>
Facilitator:  ${facilitator}
</#if>

Cannot come? Please let your facilitator<#if facilitator?has_content> ${facilitator}</#if><#if facilitatorEmail?has_content> (${facilitatorEmail})</#if> know as soon as possible. Telling us in advance is recorded as "excused", not as absent.

Your personal calendar link (every planned meeting; changes appear by themselves):
${calendarUrl}

See your details and your group, or leave the group (link valid for 30 days):
${selfServiceUrl}

<#include "contact.ftl">

Kind regards,
The intervision coordinators
