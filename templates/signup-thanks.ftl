<#ftl output_format="HTML">
<#-- What a sign-up is told afterwards, whatever happened (a new address, one already signed up, too many tries
     today): "check your mail". Its one source: the static thank-you pages (signup-page.ftl, where signup.js goes)
     and the sign-up function's page after a form sent without JavaScript (signup-confirmation.ftl). Saying the same
     every time is deliberate: the page must not tell anyone whether an address is signed up. -->
<#macro thanks lang="nl">
<#if lang == "en">
<p class="notice">Check your mail: we have sent a message to the address you entered.</p>
<h2>What happens next?</h2>
<ol>
<li><strong>Confirm your address.</strong> The e-mail holds a link; open it and press the button on the page it
shows. The link works for 48 hours. Without your confirmation we do nothing with the sign-up and delete it after 48
hours. Had you signed up with this address before, the e-mail says so instead and links to your details.</li>
<li>A coordinator reads your application and may invite you to a short intake conversation (always when you did not
confirm both conditions: that is no rejection).</li>
<li>We look for a group that suits you: language, online or in person, region, and without colleagues from your
own organisation or people you would rather not meet. When there is a place, you receive an e-mail with your group.</li>
</ol>
<p>No e-mail after a few minutes? Look in your spam folder. We send at most a few e-mails a day to one address,
however often the form is sent. Every e-mail we send holds a personal link where you can see what we store about you,
change your preferences, withdraw or ask us to erase your details.</p>
<p><a href="/en/">Back to the home page</a></p>
<#else>
<p class="notice">Kijk in je mail: we hebben een bericht gestuurd naar het adres dat je invulde.</p>
<h2>Wat gebeurt er nu?</h2>
<ol>
<li><strong>Bevestig je adres.</strong> In de e-mail staat een link; open die en druk op de knop op de pagina die
je dan ziet. De link werkt 48 uur. Zonder je bevestiging doen we niets met de aanmelding en wissen we haar na 48
uur. Was je al eerder aangemeld met dit adres, dan staat dat in de e-mail, met een link naar je gegevens.</li>
<li>Een coördinator leest je aanmelding en nodigt je misschien uit voor een kort intakegesprek (altijd als je niet
allebei de voorwaarden hebt bevestigd: dat is geen afwijzing).</li>
<li>We zoeken een groep die bij je past: taal, online of op locatie, regio, en zonder collega's uit je eigen
organisatie of mensen die je liever niet tegenkomt. Is er plaats, dan krijg je een e-mail met je groep.</li>
</ol>
<p>Na een paar minuten nog geen e-mail? Kijk in je map met ongewenste mail. We sturen hooguit een paar e-mails per
dag naar één adres, hoe vaak het formulier ook wordt verstuurd. Elke e-mail van ons bevat een persoonlijke link waar
je ziet wat we van je bewaren, je voorkeuren wijzigt, je afmeldt of ons vraagt je gegevens te wissen.</p>
<p><a href="/">Terug naar de startpagina</a></p>
</#if>
</#macro>
