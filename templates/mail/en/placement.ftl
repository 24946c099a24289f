<#-- The placed person (planning/PlacementMails): group, facilitator's first name, coming dates, calendar feed, self-service link. -->
<#assign subject>You have a place in an intervision group</#assign>
Dear ${name},

You have a place in the intervision group ${group} (${where}, ${day}, ${frequency}).
<#if facilitator?has_content>
Your facilitator is ${facilitator}, who will contact you before the first meeting.
</#if>

<#include "meetings.ftl">

<#if calendarUrl??>
Your personal calendar link (subscribe to it in your calendar app; it follows every change):
${calendarUrl}

</#if>
<#if selfServiceUrl??>
See what we keep about you, leave the group or download your statement (link valid for 30 days):
${selfServiceUrl}

</#if>
Your reference: ${reference}

<#include "contact.ftl">

Kind regards,
The intervision coordinators
