<#-- To a new, unconfirmed address. Nothing the sender typed: only the link (model: confirmUrl, replyTo, siteUrl). -->
<#assign subject>Please confirm your sign-up for intervision</#assign>
Hello,

Someone signed up for an intervision group of the network with this e-mail address. If that was you, please confirm your address (the link works for 48 hours):

${confirmUrl}

Only after you confirm do we take your application into account.

Not you? Then ignore this e-mail: without a confirmation, the details are deleted within 48 hours and you will not hear from us again.

<#include "contact.ftl">
