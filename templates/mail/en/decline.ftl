<#-- To a confirmed applicant a coordinator declined; the reason is the coordinator's (model: applicants/DeclineMail). -->
<#assign subject>Your application for intervision (${reference})</#assign>
Dear ${name},

Thank you for your interest in an intervision group of the network. We have looked at your application carefully and, for now, we cannot offer you a place in a group.

The coordinator wrote:

${reason}

This is about this application, not about you as a professional. You are welcome to sign up again when things change.

See what we still keep about you, or erase it (link valid for 30 days):
${selfServiceUrl}

<#if replyTo!false>
Questions, or do you see it differently? Reply to this e-mail: it reaches the coordinators.
<#else>
Questions? See ${siteUrl}/en/contact.html
</#if>

Kind regards,
The intervision coordinators
