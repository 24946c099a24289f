<#-- To a confirmed address signed up again. Nothing the sender typed (model: selfServiceUrl, replyTo, siteUrl). -->
<#assign subject>Je aanmelding voor intervisie</#assign>
Goedendag,

We kregen opnieuw een aanmelding met dit e-mailadres. Je was al aangemeld, dus we houden je aanmelding aan en hebben de nieuwe niet opgeslagen.

Bekijk wat we van je bewaren, wijzig het of meld je af (link 30 dagen geldig):
${selfServiceUrl}

Was jij het niet? Negeer dan deze e-mail: er is niets veranderd.

<#include "contact.ftl">
