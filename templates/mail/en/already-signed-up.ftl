<#-- To a confirmed address signed up again. Nothing the sender typed (model: selfServiceUrl, replyTo, siteUrl). -->
<#assign subject>Your sign-up for intervision</#assign>
Hello,

We received a new sign-up with this e-mail address. You had already signed up, so we kept your application and did not store the new one.

See what we store about you, change it or withdraw (link valid for 30 days):
${selfServiceUrl}

Not you? Then ignore this e-mail: nothing changed.

<#include "contact.ftl">
