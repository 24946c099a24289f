<#-- To a new, unconfirmed address. Nothing the sender typed: only the link (model: confirmUrl, replyTo, siteUrl). -->
<#assign subject>Bevestig je aanmelding voor intervisie</#assign>
Goedendag,

Met dit e-mailadres is iemand aangemeld voor een intervisiegroep van het netwerk. Was jij dat? Bevestig dan je adres (de link werkt 48 uur):

${confirmUrl}

Pas na je bevestiging nemen we je aanmelding in behandeling.

Was jij het niet? Negeer dan deze e-mail: zonder bevestiging worden de gegevens binnen 48 uur gewist en hoor je niets meer van ons.

<#include "contact.ftl">
