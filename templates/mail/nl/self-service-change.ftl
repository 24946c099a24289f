<#-- To the coordinators (Dutch only) when a person acted through their link (model: what, reference, siteUrl). -->
<#assign subject>Zelf gewijzigd: ${what} (${reference})</#assign>
Via de persoonlijke link is het volgende gedaan: ${what}.

Referentie: ${reference}

Wat er nog bewaard is (na intrekken of wissen: niets), staat op de beheerpagina: ${siteUrl}/beheer/index.html
