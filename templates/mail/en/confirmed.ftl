<#-- After the address is confirmed (model: reference, needsReview, selfServiceUrl, replyTo, siteUrl). -->
<#assign subject>Your sign-up for intervision is confirmed (${reference})</#assign>
Hello,

Thank you: your address is confirmed and your application is in. Your reference number is ${reference}.

<#if needsReview>
You did not confirm both conditions (basic training completed and formally appointed). That is no rejection: a coordinator will contact you for an intake conversation.

</#if>
What happens next
- A coordinator reads your application and may invite you to a short intake conversation.
- We look for a group that suits you. When there is a place, you receive an e-mail with your group.

See what we store about you, change your preferences or withdraw (link valid for 30 days):
${selfServiceUrl}

<#include "contact.ftl">
