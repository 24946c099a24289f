<#-- The "questions?" line of every mail to a person: reply when replies reach the coordinators, else the contact page. -->
<#if replyTo!false>
Questions? Reply to this e-mail: it reaches the coordinators.
<#else>
Questions? See ${siteUrl}/en/contact.html
</#if>
