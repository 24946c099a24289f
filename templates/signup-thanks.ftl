<#ftl output_format="HTML">
<#-- What a sign-up is told afterwards: its one source. The static thank-you pages (signup-page.ftl) render it
     without a reference, and signup.js fills in the reference and shows the intake notice from the address
     (?ref=…&review=1); the sign-up function's confirmation page (signup-confirmation.ftl, after a form sent
     without JavaScript) renders it with both. -->
<#macro thanks lang="nl" reference="" review=false>
<#if lang == "en">
<p class="reference" id="reference"<#if !reference?has_content> hidden</#if>>Your reference number is <strong id="reference-number">${reference}</strong>.
Please mention it when you contact us.</p>
<p>You receive a confirmation by e-mail, which also states your reference number.</p>
<div class="notice" id="review-notice"<#if !review> hidden</#if>>
<h2>First an intake conversation</h2>
<p>You did not confirm both conditions (basic training completed and formally appointed). That is no rejection:
a coordinator will contact you for an intake conversation, to see together whether and how you can join.</p>
</div>
<h2>What happens next?</h2>
<ol>
<li>A coordinator reads your application and may invite you to a short intake conversation.</li>
<li>We look for a group that suits you: language, online or in person, region, and without colleagues from your
own organisation or people you would rather not meet.</li>
<li>When there is a place, you receive an e-mail with your group and the meeting dates. You usually join at the
next meeting of that group; groups meet four times a year, so expect a few weeks to three months. If there is no
place yet, we tell you why and keep your application.</li>
</ol>
<p>A question, or something to change? Reply to the confirmation e-mail.</p>
<p><a href="/en/">Back to the home page</a></p>
<#else>
<p class="reference" id="reference"<#if !reference?has_content> hidden</#if>>Je referentienummer is <strong id="reference-number">${reference}</strong>.
Noem het als je contact met ons opneemt.</p>
<p>Je krijgt een bevestiging per e-mail, met daarin ook je referentienummer.</p>
<div class="notice" id="review-notice"<#if !review> hidden</#if>>
<h2>Eerst een intakegesprek</h2>
<p>Je hebt niet allebei de voorwaarden bevestigd (basisopleiding afgerond en formeel benoemd). Dat is geen
afwijzing: een coördinator neemt contact met je op voor een intakegesprek, om samen te kijken of en hoe je kunt
deelnemen.</p>
</div>
<h2>Wat gebeurt er nu?</h2>
<ol>
<li>Een coördinator leest je aanmelding en nodigt je misschien uit voor een kort intakegesprek.</li>
<li>We zoeken een groep die bij je past: taal, online of op locatie, regio, en zonder collega's uit je eigen
organisatie of mensen die je liever niet tegenkomt.</li>
<li>Is er plaats, dan krijg je een e-mail met je groep en de data van de bijeenkomsten. Je schuift meestal aan bij
de eerstvolgende bijeenkomst van die groep; groepen komen vier keer per jaar bij elkaar, dus reken op een paar weken
tot drie maanden. Is er nog geen plaats, dan laten we je weten waarom en houden we je aanmelding aan.</li>
</ol>
<p>Heb je een vraag of wil je iets wijzigen? Beantwoord de bevestigingsmail.</p>
<p><a href="/">Terug naar de startpagina</a></p>
</#if>
</#macro>
