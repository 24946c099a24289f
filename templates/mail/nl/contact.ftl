<#-- The "questions?" line of every mail to a person: reply when replies reach the coordinators, else the contact page. -->
<#if replyTo!false>
Vragen? Beantwoord deze e-mail: je bericht komt bij de coördinatoren.
<#else>
Vragen? Kijk op ${siteUrl}/contact.html
</#if>
