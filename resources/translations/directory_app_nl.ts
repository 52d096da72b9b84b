<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AboutDataDialog</name>
    <message>
        <location filename="../../directory_app/qt/help_dialogs.py" line="+251"/>
        <source>About the Data</source>
        <translation>Over de gegevens</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n facilities</source>
        <comment>1 facility</comment>
        <translation>
            <numerusform>%n faciliteit</numerusform>
            <numerusform>%n faciliteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n never verified</source>
        <comment>1 never verified</comment>
        <translation>
            <numerusform>%n nooit gecontroleerd</numerusform>
            <numerusform>%n nooit gecontroleerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilities</source>
        <translation>Faciliteiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facilities per %1</source>
        <translation>Faciliteiten per %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Least recently verified (Enter or double-click shows it):</source>
        <translation>Het langst niet gecontroleerd (Enter of dubbelklikken toont ze):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>Faciliteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last verified</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Ouderdom</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data checks</source>
        <translation>Gegevenscontroles</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (source date)</source>
        <translation>%1 (datum bron)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Least recently verified facilities</source>
        <translation>Faciliteiten die het langst niet gecontroleerd zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one to show it in the list</source>
        <translation>Kies er een om ze in de lijst te tonen</translation>
    </message>
</context>
<context>
    <name>AreaPrefetch</name>
    <message>
        <location filename="../../directory_app/qt/prefetch.py" line="+85"/>
        <source>Download the Detailed Map of This Area</source>
        <translation>Gedetailleerde kaart van dit gebied downloaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The map tile cache cannot be written.</source>
        <translation>De cache met kaarttegels kan niet worden beschreven.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tile server %1 does not allow downloading areas for offline use. Tiles you look at online are kept for offline use anyway. To prefetch areas, choose a tile server that allows it (Map › Tile Server…).</source>
        <translation>De tegelserver %1 staat niet toe dat gebieden voor offline gebruik worden gedownload. Tegels die u online bekijkt, worden hoe dan ook bewaard voor offline gebruik. Kies om gebieden vooraf te downloaden een tegelserver die dat toelaat (Kaart › Tegelserver…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This area is already available offline to zoom %1.</source>
        <translation>Dit gebied is al offline beschikbaar tot zoomniveau %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download %1 map tiles (about %2 MB) for zoom levels %3 to %4 from %5?</source>
        <translation>%1 kaarttegels (ongeveer %2 MB) voor zoomniveaus %3 tot %4 downloaden van %5?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Already stored for offline use: %1 of %2 tiles (%3%).</source>
        <translation>Al offline opgeslagen: %1 van %2 tegels (%3%).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The area needs more; this download stops at %1 tiles.</source>
        <translation>Het gebied vraagt meer; deze download stopt bij %1 tegels.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downloading map tiles…</source>
        <translation>Kaarttegels downloaden…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Map download failed: %1</source>
        <translation>Downloaden van de kaart mislukt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map tiles downloaded: %1, already there: %2, failed: %3</source>
        <translation>Kaarttegels gedownload: %1, al aanwezig: %2, mislukt: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (cancelled)</source>
        <translation> (geannuleerd)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/backups_dialog.py" line="+25"/>
        <source>Backed up by you</source>
        <translation>Door u gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a format upgrade</source>
        <translation>Vóór een upgrade van het bestandsformaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a bulk edit</source>
        <translation>Vóór een groepsgewijze bewerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Vóór een import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vóór een herstel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore from Backup</source>
        <translation>Herstellen uit back-up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a backup to bring the directory back to. The current state is backed up first, so this can be reversed. Backups are in %1.</source>
        <translation>Kies de back-up waarnaar u de gids wilt terugzetten. Van de huidige toestand wordt eerst een back-up gemaakt, zodat dit terug te draaien is. De back-ups staan in %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (damaged)</source>
        <translation>%1 (beschadigd)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This copy failed SQLite&apos;s check when it was made: the database was probably already damaged then. It cannot be restored.</source>
        <translation>Deze kopie slaagde niet voor de controle van SQLite toen ze werd gemaakt: de database was toen waarschijnlijk al beschadigd. Ze kan niet worden teruggezet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/bulk_edit_dialog.py" line="+25"/>
        <source>Bulk Edit</source>
        <translation>Groepsgewijs bewerken</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Change all %n selected facilities:</source>
        <comment>Change 1 selected facility:</comment>
        <translation>
            <numerusform>Wijzig de geselecteerde faciliteit:</numerusform>
            <numerusform>Wijzig alle %n geselecteerde faciliteiten:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the kind</source>
        <translation>Soort instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the region</source>
        <translation>Regio instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the status</source>
        <translation>Status instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the confidence</source>
        <translation>Betrouwbaarheid instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a service</source>
        <translation>Dienst toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a service</source>
        <translation>Dienst verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as verified today</source>
        <translation>Vandaag als gecontroleerd markeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A backup is made first; Edit › Undo takes the whole change back.</source>
        <translation>Eerst wordt een back-up gemaakt; Bewerken › Ongedaan maken draait de hele wijziging terug.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/compare_dialog.py" line="+54"/>
        <source>Facility</source>
        <translation>Faciliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ligging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modalities</source>
        <translation>Modaliteiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cleanroom grades</source>
        <translation>Cleanroomklassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area</source>
        <translation>Oppervlakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shortlist status</source>
        <translation>Status op de shortlist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for the recipient</source>
        <translation>Notitie voor de ontvanger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your note</source>
        <translation>Uw notitie</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Compare Facilities</source>
        <translation>Faciliteiten vergelijken</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
</context>
<context>
    <name>CorrectionsMenu</name>
    <message>
        <location filename="../../directory_app/qt/corrections_ui.py" line="+288"/>
        <source>Send &amp;Corrections…</source>
        <translation>&amp;Correcties versturen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your edits and added facilities to a file for the curators (no private notes)</source>
        <translation>Uw wijzigingen en toegevoegde voorzieningen in een bestand voor de curatoren schrijven (geen privénotities)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review Co&amp;rrections…</source>
        <translation>Co&amp;rrecties beoordelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept or reject the corrections advisers sent</source>
        <translation>De correcties die adviseurs stuurden aanvaarden of weigeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Corrections written to %1</source>
        <translation>Correcties geschreven naar %1</translation>
    </message>
</context>
<context>
    <name>CurationController</name>
    <message>
        <location filename="../../directory_app/qt/curation_controller.py" line="+91"/>
        <source>This directory is open read-only; it cannot be changed.</source>
        <translation>Deze gids is alleen-lezen geopend en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Daily Backup</source>
        <translation>Dagelijkse back-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The daily backup could not be made: %1</source>
        <translation>De dagelijkse back-up kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a facility to edit first.</source>
        <translation>Kies eerst een faciliteit om te bewerken.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add “%1”</source>
        <translation>“%1” toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit “%1”</source>
        <translation>“%1” bewerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 saved</source>
        <translation>%1 bewaard</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n Facilities</source>
        <comment>Delete 1 Facility</comment>
        <translation>
            <numerusform>%n faciliteit verwijderen</numerusform>
            <numerusform>%n faciliteiten verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restore %n Facilities</source>
        <comment>Restore 1 Facility</comment>
        <translation>
            <numerusform>%n faciliteit herstellen</numerusform>
            <numerusform>%n faciliteiten herstellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Empty Trash</source>
        <translation>Prullenbak leegmaken</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n facilities for good? This cannot be undone.</source>
        <comment>Delete 1 facility for good? This cannot be undone.</comment>
        <translation>
            <numerusform>%n faciliteit definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n faciliteiten definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n facilities deleted for good</source>
        <comment>1 facility deleted for good</comment>
        <translation>
            <numerusform>%n faciliteit definitief verwijderd</numerusform>
            <numerusform>%n faciliteiten definitief verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+29"/>
        <source>Select the facilities to change first.</source>
        <translation>Selecteer eerst de faciliteiten die u wilt wijzigen.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Bulk Edit</source>
        <translation>Groepsgewijs bewerken</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Changing the selected facilities…</source>
        <translation>De geselecteerde faciliteiten worden gewijzigd…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets gewijzigd: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Mark %n Facilities as Verified</source>
        <comment>Mark 1 Facility as Verified</comment>
        <translation>
            <numerusform>%n faciliteit als gecontroleerd markeren</numerusform>
            <numerusform>%n faciliteiten als gecontroleerd markeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n facilities marked as verified today.</source>
        <comment>1 facility marked as verified today.</comment>
        <translation>
            <numerusform>%n faciliteit vandaag als gecontroleerd gemarkeerd.</numerusform>
            <numerusform>%n faciliteiten vandaag als gecontroleerd gemarkeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Bulk Edit of %n Facilities</source>
        <comment>Bulk Edit of 1 Facility</comment>
        <translation>
            <numerusform>Groepsgewijze bewerking van %n faciliteit</numerusform>
            <numerusform>Groepsgewijze bewerking van %n faciliteiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup just made failed SQLite&apos;s check, so this directory&apos;s database is probably damaged.

Check it with File › Check Database. If problems remain, restore a good backup with File › Restore from Backup (damaged backups are marked there).</source>
        <translation>De back-up die zonet is gemaakt, slaagde niet voor de controle van SQLite; de database van deze gids is dus waarschijnlijk beschadigd.

Controleer ze met Bestand › Database controleren. Blijven er problemen, zet dan een goede back-up terug met Bestand › Herstellen uit back-up (beschadigde back-ups zijn daar gemarkeerd).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Back Up Now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to %1</source>
        <translation>Back-up gemaakt in %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <location line="+6"/>
        <source>Restore from Backup</source>
        <translation>Herstellen uit back-up</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>There is no backup of this directory in %1 yet.</source>
        <translation>Er staat nog geen back-up van deze gids in %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The directory was restored. Its state before is kept as %1.</source>
        <translation>De gids is hersteld. De vorige toestand is bewaard als %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Check Database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Checking the database…</source>
        <translation>De database wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database is sound: SQLite&apos;s integrity check and the search index check found nothing.</source>
        <translation>De database is in orde: de integriteitscontrole van SQLite en de controle van de zoekindex hebben niets gevonden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems were found and repaired (the search index was rebuilt):
%1</source>
        <translation>Er zijn problemen gevonden en hersteld (de zoekindex is opnieuw opgebouwd):
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems were found that could not be repaired here:
%1

Restore a backup (File › Restore from Backup).</source>
        <translation>Er zijn problemen gevonden die hier niet kunnen worden hersteld:
%1

Zet een back-up terug (Bestand › Herstellen uit back-up).</translation>
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message>
        <location filename="../../directory_app/qt/help_dialogs.py" line="+46"/>
        <source>Source URL and quote</source>
        <translation>Bron-URL en citaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned or under construction on an old source</source>
        <translation>Gepland of in aanbouw volgens een oude bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed sites</source>
        <translation>Gesloten locaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two rows on one site</source>
        <translation>Twee rijen op één locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point near its stated town</source>
        <translation>Punt bij de opgegeven plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside its country&apos;s border</source>
        <translation>Binnen de grens van het land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate websites</source>
        <translation>Dubbele websites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels in every language</source>
        <translation>Labels in elke taal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no source URL</source>
        <translation>geen bron-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source quote</source>
        <translation>geen citaat uit de bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned, on a source of %1 (over two years old): is it still planned?</source>
        <translation>gepland, volgens een bron van %1 (meer dan twee jaar oud): is het nog gepland?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under construction, on a source of %1 (over two years old): is it built?</source>
        <translation>in aanbouw, volgens een bron van %1 (meer dan twee jaar oud): is het al gebouwd?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed, yet still listed</source>
        <translation>gesloten, maar nog opgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the same point as %1 at site precision, not on one campus</source>
        <translation>op hetzelfde punt als %1 met locatieprecisie, niet op één campus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km from %2, its stated town (more than 15 km)</source>
        <translation>%1 km van %2, de opgegeven plaats (meer dan 15 km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a point at %1 precision and no town: a programme with no single site gets no point</source>
        <translation>een punt met precisie %1 en geen plaats: een programma zonder vaste locatie krijgt geen punt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>town %1 is not in the gazetteer; its distance was not checked</source>
        <translation>plaats %1 staat niet in het plaatsnamenregister; de afstand is niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gazetteer could not be read; no distance was checked</source>
        <translation>het plaatsnamenregister kon niet worden gelezen; geen afstand is gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point outside the border of %1</source>
        <translation>punt buiten de grens van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows share the website %2</source>
        <translation>%1 rijen delen de website %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 code %2 is not in the vocabulary</source>
        <translation>%1-code %2 staat niet in de woordenlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 code %2 (%3) has no finished %4 label</source>
        <translation>%1-code %2 (%3) heeft geen afgewerkt label in %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 translations could not be read; labels were not checked</source>
        <translation>de vertalingen in %1 konden niet worden gelezen; labels zijn niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n facilities checked</source>
        <comment>1 facility checked</comment>
        <translation>
            <numerusform>%n voorziening gecontroleerd</numerusform>
            <numerusform>%n voorzieningen gecontroleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n errors</source>
        <comment>1 error</comment>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <comment>1 warning</comment>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataChecksView</name>
    <message>
        <location line="+7"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data checks</source>
        <translation>Gegevenscontroles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings (the same as directory-app check --data):</source>
        <translation>Bevindingen (dezelfde als directory-app check --data):</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../directory_app/qt/widgets/detail_pane.py" line="+179"/>
        <source>Facility details</source>
        <translation>Details van de faciliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note (kept when the data is updated):</source>
        <translation>Uw notitie (blijft bewaard als de gegevens worden bijgewerkt):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a private note about this facility…</source>
        <translation>Schrijf een persoonlijke notitie over deze faciliteit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note</source>
        <translation>Uw notitie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to Shortlist</source>
        <translation>Aan shortlist toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add this facility to the current shortlist (%1)</source>
        <translation>Deze faciliteit aan de huidige shortlist toevoegen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as Verified Today</source>
        <translation>Vandaag als gecontroleerd markeren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This directory is open read-only: the check cannot be recorded.</source>
        <translation>Deze gids is alleen-lezen geopend: de controle kan niet worden vastgelegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that you checked this facility against its source today (Edit › Undo takes it back)</source>
        <translation>Vastleggen dat u deze faciliteit vandaag met haar bron hebt vergeleken (Bewerken › Ongedaan maken draait het terug)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a facility to see its details.</source>
        <translation>Selecteer een faciliteit om de details te zien.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../directory_app/qt/import_duplicates.py" line="+49"/>
        <source>Facilities already in the directory</source>
        <translation>Faciliteiten die al in de gids staan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These rows match a facility the directory has. Choose for each: take the ticked fields from the file (merge), add it as another facility, or skip it. The last column shows what a merge writes; right-click it to remove a service, modality or grade.</source>
        <translation>Deze rijen komen overeen met een faciliteit die al in de gids staat. Kies voor elke rij: de aangevinkte velden uit het bestand overnemen (samenvoegen), de rij als extra faciliteit toevoegen, of ze overslaan. De laatste kolom toont wat samenvoegen schrijft; klik er met de rechtermuisknop op om een dienst, modaliteit of klasse te verwijderen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the directory</source>
        <translation>In de gids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After a merge</source>
        <translation>Na samenvoegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Merge ticked fields</source>
        <translation>Aangevinkte velden &amp;samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skip All</source>
        <translation>Alle overslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge All</source>
        <translation>Alle samenvoegen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>skip</source>
        <translation>overslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>merge</source>
        <translation>samenvoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keep both</source>
        <translation>beide behouden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %1: %2 — %3</source>
        <translation>Rij %1: %2 — %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>same id</source>
        <translation>dezelfde id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same website</source>
        <translation>dezelfde website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name nearby</source>
        <translation>vergelijkbare naam in de buurt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matches “%1” (%2).</source>
        <translation>Komt overeen met “%1” (%2).</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Remove “%1” from the merge</source>
        <translation>“%1” uit de samenvoeging verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put “%1” back</source>
        <translation>“%1” terugzetten</translation>
    </message>
</context>
<context>
    <name>ExportColumn</name>
    <message>
        <location filename="../../directory_app/exporters/base.py" line="+66"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location precision</source>
        <translation>Nauwkeurigheid van de locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services (source wording)</source>
        <translation>Diensten (bewoording van de bron)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities</source>
        <translation>Modaliteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities (source wording)</source>
        <translation>Modaliteiten (bewoording van de bron)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom grades</source>
        <translation>Cleanroomklassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanrooms (source wording)</source>
        <translation>Cleanrooms (bewoording van de bron)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (m²)</source>
        <translation>Oppervlakte (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year opened</source>
        <translation>Geopend in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source quote</source>
        <translation>Citaat uit de bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source date</source>
        <translation>Datum bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source note</source>
        <translation>Bronvermelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact page</source>
        <translation>Contactpagina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Privénotitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlist status</source>
        <translation>Status op de shortlist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance (km)</source>
        <translation>Afstand (km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn from the directory</source>
        <translation>Uit de gids teruggetrokken</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../directory_app/qt/export_dialog.py" line="+47"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV for spreadsheets (.csv)</source>
        <translation>CSV voor rekenbladen (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GeoJSON for GIS tools (.geojson)</source>
        <translation>GeoJSON voor GIS-software (.geojson)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map that opens in a browser, offline (.html)</source>
        <translation>Kaart die offline in een browser opent (.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handout for a visitor, with a map (.pdf)</source>
        <translation>Hand-out voor een bezoeker, met kaart (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current search result (%1 facilities)</source>
        <translation>Het huidige zoekresultaat (%1 faciliteiten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shortlist:</source>
        <translation>Een shortlist:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Semicolon (;) — Excel in Belgium and the Netherlands</source>
        <translation>Puntkomma (;) — Excel in België en Nederland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the export</source>
        <translation>Taal van de export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers, labels and the handout&apos;s wording, for the recipient</source>
        <translation>Kolomkoppen, labels en de tekst van de hand-out, voor de ontvanger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns, in order (drag to reorder)</source>
        <translation>Kolommen, in volgorde (sleep om te herschikken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Columns</source>
        <translation>Standaardkolommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include private notes and status (internal use only)</source>
        <translation>Privénotities en status meenemen (alleen voor intern gebruik)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private notes, status and rank are for you and your team. Leave this off for a file you give to a visitor: it then carries only the notes for the recipient.</source>
        <translation>Privénotities, status en rangorde zijn voor u en uw team. Laat dit uit voor een bestand dat u aan een bezoeker geeft: dan bevat het alleen de notities voor de ontvanger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember for this shortlist</source>
        <translation>Onthouden voor deze shortlist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export:</source>
        <translation>Exporteren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV separator:</source>
        <translation>CSV-scheidingsteken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the handout:</source>
        <translation>Taal van de hand-out:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortlist notes:</source>
        <translation>Notities van de shortlist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns (tick, drag to reorder):</source>
        <translation>Kolommen (aanvinken, slepen om te herschikken):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export failed: %1</source>
        <translation>De export is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location line="-43"/>
        <source>Writing the file…</source>
        <translation>Bestand wordt geschreven…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../directory_app/qt/widgets/facet_panel.py" line="+45"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Only %1 — click to exclude</source>
        <translation>Alleen %1 — klik om uit te sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluding %1 — click to clear</source>
        <translation>Zonder %1 — klik om te wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to show only %1</source>
        <translation>Klik om alleen %1 te tonen</translation>
    </message>
</context>
<context>
    <name>FacilityForm</name>
    <message>
        <location filename="../../directory_app/qt/widgets/facility_form.py" line="+68"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location precision</source>
        <translation>Nauwkeurigheid van de locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services as the source says</source>
        <translation>Diensten volgens de bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities</source>
        <translation>Modaliteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities as the source says</source>
        <translation>Modaliteiten volgens de bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom grades</source>
        <translation>Cleanroomklassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanrooms as the source says</source>
        <translation>Cleanrooms volgens de bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (m²)</source>
        <translation>Oppervlakte (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year opened</source>
        <translation>Geopend in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translation>URL van de bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source quote</source>
        <translation>Citaat uit de bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit “%1”</source>
        <translation>“%1” bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Facility</source>
        <translation>Nieuwe faciliteit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ligging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Mogelijkheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+208"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Find Coordinates from the Address</source>
        <translation>Coördinaten zoeken op basis van het adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the postcode, else the city, up in the offline gazetteer</source>
        <translation>De postcode, of anders de gemeente, opzoeken in het offline plaatsnamenregister</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place on the Map…</source>
        <translation>Op de kaart plaatsen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a marker you can drag to the exact place</source>
        <translation>Een markering tonen die u naar de juiste plek kunt slepen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I verified this against its source</source>
        <translation>Ik heb dit aan de bron getoetst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL of the source you checked</source>
        <translation>URL van de bron die u hebt gecontroleerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked at</source>
        <translation>Gecontroleerd bij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Verified on” becomes today only when you tick this and give the source.</source>
        <translation>“Gecontroleerd op” wordt alleen de datum van vandaag als u dit aanvinkt en de bron opgeeft.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Give the web address of the source you checked.</source>
        <translation>Geef het webadres op van de bron die u hebt gecontroleerd.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No place found for this postcode or city.</source>
        <translation>Geen plaats gevonden voor deze postcode of gemeente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Placed at %1 (by %2).</source>
        <translation>Geplaatst in %1 (nauwkeurigheid: %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>FacilityTableModel</name>
    <message>
        <location filename="../../directory_app/qt/models/facility_table.py" line="+309"/>
        <source>Approximate distance (location known to: %1)</source>
        <translation>Geschatte afstand (locatie bekend tot: %1)</translation>
    </message>
</context>
<context>
    <name>FacilityView</name>
    <message>
        <location filename="../../directory_app/qt/widgets/facility_view.py" line="+61"/>
        <source>Facilities</source>
        <translation>Faciliteiten</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../directory_app/qt/import_wizard.py" line="+112"/>
        <source>Choose a file to import</source>
        <translation>Kies een bestand om te importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV (any separator or encoding Excel writes), Excel workbook (.xlsx) or GeoJSON. Nothing is written until the last step.</source>
        <translation>CSV (met elk scheidingsteken en elke codering die Excel gebruikt), Excel-werkmap (.xlsx) of GeoJSON. Er wordt pas iets geschreven bij de laatste stap.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets and GeoJSON (*.csv *.txt *.tsv *.xlsx *.geojson *.json);;All files (*)</source>
        <translation>Rekenbladen en GeoJSON (*.csv *.txt *.tsv *.xlsx *.geojson *.json);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../directory_app/exporters/pdf_handout.py" line="+49"/>
        <source>Facilities</source>
        <translation>Faciliteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For {audience}</source>
        <translation>Voor {audience}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on {date}</source>
        <translation>Opgesteld op {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers on the map are those of the facilities below.</source>
        <translation>De nummers op de kaart zijn die van de faciliteiten hieronder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on the map (no location)</source>
        <translation>niet op de kaart (geen locatie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities</source>
        <translation>Modaliteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom grades</source>
        <translation>Cleanroomklassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Oppervlakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area} m²</source>
        <translation>{area} m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviser’s note</source>
        <translation>Notitie van de adviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal only</source>
        <translation>Alleen intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>Gecontacteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited</source>
        <translation>Bezocht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: {url} · verified {date}</source>
        <translation>Bron: {url} · gecontroleerd op {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: {url}</source>
        <translation>Bron: {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No facilities.</source>
        <translation>Geen faciliteiten.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../directory_app/qt/import_cells.py" line="+51"/>
        <source>not a number (%1)</source>
        <translation>geen getal (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a whole number (%1)</source>
        <translation>geen geheel getal (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date (%1)</source>
        <translation>geen datum (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Benelux country (%1)</source>
        <translation>geen Benelux-land (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown region (%1), left empty</source>
        <translation>onbekende regio (%1), leeg gelaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new kind (%1), kept for review</source>
        <translation>nieuw type (%1), bewaard om na te kijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known kind (%1); valid kinds: %2</source>
        <translation>geen bekende soort (%1); geldige soorten: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known value (%1)</source>
        <translation>geen bekende waarde (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new term (%1), kept for review</source>
        <translation>nieuwe term (%1), bewaard om na te kijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude and longitude were swapped; read the other way round</source>
        <translation>breedte- en lengtegraad waren omgewisseld; omgekeerd gelezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no coordinates found for this postcode or city</source>
        <translation>geen coördinaten gevonden voor deze postcode of stad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same facility as row %1: skipped</source>
        <translation>dezelfde faciliteit als rij %1: overgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same id (%1) as row %2, with different values: rows %2 and %3 must be one facility, or be told apart</source>
        <translation>dezelfde id (%1) als rij %2, met andere waarden: rijen %2 en %3 moeten één faciliteit zijn, of van elkaar te onderscheiden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same name and place as row %1, with different values: rows %1 and %2 must be one facility, or be told apart</source>
        <translation>dezelfde naam en plaats als rij %1, met andere waarden: rijen %1 en %2 moeten één faciliteit zijn, of van elkaar te onderscheiden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>latitude and longitude go together</source>
        <translation>breedte- en lengtegraad horen samen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region %1 is not in %2</source>
        <translation>regio %1 ligt niet in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates %1, %2 are outside %3</source>
        <translation>coördinaten %1, %2 liggen buiten %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a postcode of %1 (%2)</source>
        <translation>geen postcode van %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known value</source>
        <translation>geen bekende waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid</source>
        <translation>niet geldig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a web address</source>
        <translation>geen webadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an e-mail address</source>
        <translation>geen e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of range</source>
        <translation>buiten het bereik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates outside the country</source>
        <translation>coördinaten buiten het land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region not in the country</source>
        <translation>regio niet in het land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date in the future</source>
        <translation>datum in de toekomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid (%1)</source>
        <translation>niet geldig (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a web address (%1)</source>
        <translation>geen webadres (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an e-mail address (%1)</source>
        <translation>geen e-mailadres (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of range (%1)</source>
        <translation>buiten het bereik (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date in the future (%1)</source>
        <translation>datum in de toekomst (%1)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../directory_app/qt/import_wizard.py" line="+430"/>
        <source>Import Facilities</source>
        <translation>Faciliteiten importeren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../directory_app/qt/main_window.py" line="+1250"/>
        <location filename="../../directory_app/qt/window_rest.py" line="+42"/>
        <source>Saved searches</source>
        <translation>Bewaarde zoekopdrachten</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../directory_app/qt/window_rest.py" line="+2"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="-1088"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1078"/>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="-1077"/>
        <location line="+1089"/>
        <source>Shortlists</source>
        <translation>Shortlists</translation>
    </message>
    <message>
        <location line="-1088"/>
        <source>Your shortlists (Ctrl+3)</source>
        <translation>Uw shortlists (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result as a list (Ctrl+1)</source>
        <translation>Het resultaat als lijst (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result on a map (Ctrl+2)</source>
        <translation>Het resultaat op een kaart (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>&amp;Open Directory File…</source>
        <translation>Gidsbestand &amp;openen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or create another directory database file</source>
        <translation>Een ander gidsbestand openen of aanmaken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a shortlist or the search result to Excel, CSV, GeoJSON or an offline HTML map</source>
        <translation>Een shortlist of het zoekresultaat naar Excel, CSV, GeoJSON of een offline HTML-kaart schrijven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add facilities from a CSV, Excel or GeoJSON file, with a preview of every row&apos;s problems</source>
        <translation>Faciliteiten toevoegen uit een CSV-, Excel- of GeoJSON-bestand, met vooraf een overzicht van de problemen in elke rij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print Handout…</source>
        <translation>Hand-out af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the handout of the shortlist on screen (or of the search result)</source>
        <translation>De hand-out van de getoonde shortlist (of van het zoekresultaat) afdrukken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Selected Rows</source>
        <translation>Geselecteerde rijen &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected facilities as tab-separated text</source>
        <translation>De geselecteerde faciliteiten kopiëren als tekst met tabs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Details Pane</source>
        <translation>&amp;Detailvenster tonen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a search: free text or the query language</source>
        <translation>Typ een zoekopdracht: vrije tekst of de zoektaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;All Facilities</source>
        <translation>&amp;Alle faciliteiten tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Search…</source>
        <translation>Zoekopdracht &amp;bewaren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the current search in the side panel</source>
        <translation>De huidige zoekopdracht in het zijpaneel bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;Syntax</source>
        <translation>&amp;Zoektaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+488"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>Show &amp;List</source>
        <translation>&amp;Lijst tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Map</source>
        <translation>&amp;Kaart tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show on Ma&amp;p</source>
        <translation>Op de kaart &amp;tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the current facility on the map, with its popup</source>
        <translation>De huidige faciliteit op de kaart tonen, met haar pop-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show S&amp;hortlists</source>
        <translation>S&amp;hortlists tonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add to Shortlist</source>
        <translation>Aan shortlist &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the selected facilities to the current shortlist</source>
        <translation>De geselecteerde faciliteiten aan de huidige shortlist toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Zoom Map to Results</source>
        <translation>Kaart op resultaten &amp;zoomen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit the map to the facilities found</source>
        <translation>De kaart passend maken voor de gevonden faciliteiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search &amp;This Map Area</source>
        <translation>In &amp;dit kaartgebied zoeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limit the search to the part of the map in view</source>
        <translation>De zoekopdracht beperken tot het zichtbare deel van de kaart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;Online Map Tiles</source>
        <translation>&amp;Online kaarttegels gebruiken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download detailed map tiles from the tile server (tiles seen are kept for offline use)</source>
        <translation>Gedetailleerde kaarttegels downloaden van de tegelserver (bekeken tegels blijven offline beschikbaar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tile &amp;Server…</source>
        <translation>Tegel&amp;server…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reset Layout</source>
        <translation>Indeling he&amp;rstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Directory App</source>
        <translation>&amp;Over Directory App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1002"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="-1001"/>
        <source>&amp;View</source>
        <translation>Be&amp;eld</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+999"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="-746"/>
        <source>Sources checked %1</source>
        <translation>Bronnen gecontroleerd %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources not checked</source>
        <translation>Bronnen niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This directory file is open read-only (%1). You can browse, search and copy, but notes and saved searches cannot be stored.</source>
        <translation>Dit gidsbestand is alleen-lezen geopend (%1). U kunt bladeren, zoeken en kopiëren, maar notities en bewaarde zoekopdrachten kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> [read-only]</source>
        <translation> [alleen-lezen]</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 of %2 facilities</source>
        <translation>%1 van %2 faciliteiten</translation>
    </message>
    <message numerus="yes">
        <location line="-311"/>
        <location line="+313"/>
        <source>%n facilities</source>
        <comment>1 facility</comment>
        <translation>
            <numerusform>%n faciliteit</numerusform>
            <numerusform>%n faciliteiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Not checked yet · sources of %1</source>
        <translation>Nog niet gecontroleerd · bronnen van %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until someone checks a record (Mark as Verified Today), its freshness is the date of its source.
%1</source>
        <translation>Zolang niemand een record controleert (Vandaag als gecontroleerd markeren), telt de datum van de bron.
%1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No facility matches “%1”. Remove a filter, search wider than the current radius, or clear the search (Esc).</source>
        <translation>Geen enkele faciliteit voldoet aan “%1”. Verwijder een filter, zoek ruimer dan de huidige straal of wis de zoekopdracht (Esc).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No facility matches “%1”. Remove a filter or clear the search (Esc).</source>
        <translation>Geen enkele faciliteit voldoet aan “%1”. Verwijder een filter of wis de zoekopdracht (Esc).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 has no coordinates.</source>
        <translation>%1 heeft geen coördinaten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move the map to the area, then search it again.</source>
        <translation>Verplaats de kaart naar het gebied en zoek er dan opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix the search text before searching on the map: %1</source>
        <translation>Verbeter de zoektekst voor u op de kaart zoekt: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Fix the search text before using the filters: %1</source>
        <translation>Verbeter de zoektekst voor u de filters gebruikt: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a search first, then save it.</source>
        <translation>Typ eerst een zoekopdracht en bewaar ze dan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Save Search</source>
        <translation>Zoekopdracht bewaren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Name of this search:</source>
        <translation>Naam van deze zoekopdracht:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A saved search called “%1” exists. Replace it?</source>
        <translation>Er bestaat al een bewaarde zoekopdracht “%1”. Vervangen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename Saved Search</source>
        <translation>Bewaarde zoekopdracht hernoemen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete Saved Search “%1”</source>
        <translation>Bewaarde zoekopdracht “%1” verwijderen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;ongedaan maken</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show in &amp;Folder</source>
        <translation>Tonen in &amp;map</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program could open %1.</source>
        <translation>Geen programma kon %1 openen.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>An offline directory of life-science incubators, accelerators, science parks and cell and gene therapy production sites in Belgium, the Netherlands and Luxembourg.</source>
        <translation>Een offline gids van life-sciences-incubators, -accelerators, wetenschapsparken en productiesites voor cel- en gentherapie in België, Nederland en Luxemburg.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&amp;New Facility…</source>
        <translation>Nieuwe &amp;faciliteit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a facility to the directory</source>
        <translation>Een faciliteit aan de gids toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Facility…</source>
        <translation>Faciliteit be&amp;werken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the current facility</source>
        <translation>De huidige faciliteit wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Facility</source>
        <translation>Faciliteit ve&amp;rwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the selected facilities to the trash (Ctrl+Z brings them back)</source>
        <translation>De geselecteerde faciliteiten naar de prullenbak verplaatsen (Ctrl+Z haalt ze terug)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Groepsgewijs bewerken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a field for every selected facility at once</source>
        <translation>Een veld tegelijk instellen voor alle geselecteerde faciliteiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore deleted facilities</source>
        <translation>Verwijderde faciliteiten herstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back Up Now…</source>
        <translation>Nu een &amp;back-up maken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the directory to the backup folder now</source>
        <translation>De gids nu naar de back-upmap kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Herstellen uit back-up…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring the directory back to an earlier backup</source>
        <translation>De gids terugzetten naar een eerdere back-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check Database</source>
        <translation>Database &amp;controleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the database file and repair its search index</source>
        <translation>Het databasebestand controleren en de zoekindex ervan herstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;view Edits That Differ from Newer Data…</source>
        <translation>&amp;Wijzigingen die afwijken van nieuwere gegevens bekijken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where newer reference data changed what you had edited: keep yours or take the newer data</source>
        <translation>Waar nieuwere referentiegegevens wijzigden wat u had bewerkt: uw waarde houden of de nieuwere gegevens nemen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Drag the orange marker to the facility&apos;s place.</source>
        <translation>Sleep de oranje markering naar de plek van de faciliteit.</translation>
    </message>
    <message>
        <location line="-622"/>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — Ctrl+Z om ongedaan te maken</translation>
    </message>
    <message>
        <location line="-426"/>
        <source>&amp;Download the Detailed Map of This Area…</source>
        <translation>Gedetailleerde kaart van dit gebied &amp;downloaden…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download the detailed map of the visible area for offline use (before a trip, while online): the size first, then progress; Cancel keeps what is stored</source>
        <translation>De gedetailleerde kaart van het zichtbare gebied downloaden voor offline gebruik (vóór een reis, met netwerk): eerst de grootte, dan de voortgang; Annuleren bewaart wat al is opgeslagen</translation>
    </message>
    <message>
        <location line="+427"/>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;herhalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+505"/>
        <source>&amp;Redo</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This directory is open read-only.</source>
        <translation>Deze gids is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+129"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Tick at least one column to export.</source>
        <translation>Vink minstens één kolom aan om te exporteren.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+2"/>
        <source>Search result</source>
        <translation>Zoekresultaat</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing to print: the list is empty.</source>
        <translation>Niets af te drukken: de lijst is leeg.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>Print Handout</source>
        <translation>Hand-out afdrukken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handout sent to the printer</source>
        <translation>Hand-out naar de printer gestuurd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 facilities written to %2</source>
        <translation>%1 faciliteiten geschreven naar %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Search Syntax</source>
        <translation>Zoektaal</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Note not saved: %1</source>
        <translation>Notitie niet bewaard: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note saved</source>
        <translation>Notitie bewaard</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open or create a directory file</source>
        <translation>Een gidsbestand openen of aanmaken</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n rows copied</source>
        <comment>1 row copied</comment>
        <translation>
            <numerusform>%n rij gekopieerd</numerusform>
            <numerusform>%n rijen gekopieerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About Directory App</source>
        <translation>Over Directory App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory App %1</source>
        <translation>Directory App %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data and licences</source>
        <translation>Gegevens en licenties</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database file: %1</source>
        <translation>Databasebestand: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find &amp;Not Recently Verified…</source>
        <translation>&amp;Niet recent gecontroleerde zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilities not checked against their source for more than a number of months</source>
        <translation>Faciliteiten die al een aantal maanden niet meer aan hun bron zijn getoetst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Welkom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the &amp;Data</source>
        <translation>Over de &amp;gegevens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text or the query language; the list and the map show what matches</source>
        <translation>Vrije tekst of de zoektaal; de lijst en de kaart tonen wat overeenkomt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilities found</source>
        <translation>Gevonden faciliteiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search result as a list; the same facilities as on the map, one per row</source>
        <translation>Het zoekresultaat als lijst; dezelfde faciliteiten als op de kaart, één per rij</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search result on a map. The list holds the same facilities and is its accessible twin: Ctrl+1 shows it, Ctrl+M shows the current facility on the map.</source>
        <translation>Het zoekresultaat op een kaart. De lijst bevat dezelfde faciliteiten en is er de toegankelijke tweeling van: Ctrl+1 toont de lijst, Ctrl+M toont de huidige faciliteit op de kaart.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details of the current facility</source>
        <translation>Details van de huidige faciliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field, the source, when it was verified, and your note</source>
        <translation>Alle velden, de bron, wanneer ze gecontroleerd is, en uw notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts per value; Enter or a click adds or removes a filter</source>
        <translation>Aantallen per waarde; Enter of een klik voegt een filter toe of verwijdert het</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your shortlists and their facilities, with status, rank and note</source>
        <translation>Uw shortlists en hun faciliteiten, met status, rang en notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result views: list, map, shortlists</source>
        <translation>Weergaven van het resultaat: lijst, kaart, shortlists</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not Recently Verified</source>
        <translation>Niet recent gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities not verified for more than (months):</source>
        <translation>Faciliteiten niet gecontroleerd sinds meer dan (maanden):</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../directory_app/qt/map_controller.py" line="+156"/>
        <location line="+216"/>
        <source>The map could not be updated: %1</source>
        <translation>De kaart kon niet worden bijgewerkt: %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Kinds</source>
        <translation>Soorten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open details</source>
        <translation>Details openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to shortlist</source>
        <translation>Aan shortlist toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to results</source>
        <translation>Zoomen op resultaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search this area</source>
        <translation>In dit gebied zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search near here</source>
        <translation>Hier in de buurt zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within {km} km</source>
        <translation>binnen {km} km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on the map (no coordinates)</source>
        <translation>Niet op de kaart (geen coördinaten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag me to the facility&apos;s place</source>
        <translation>Sleep me naar de plek van de faciliteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No detailed map of this area offline — Map › Download the Detailed Map of This Area…</source>
        <translation>Geen gedetailleerde kaart van dit gebied offline — Kaart › Gedetailleerde kaart van dit gebied downloaden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No detailed map of this area in this file</source>
        <translation>Geen gedetailleerde kaart van dit gebied in dit bestand</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The map page could not be loaded.</source>
        <translation>De kaartpagina kon niet worden geladen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+9"/>
        <source>Tile Server</source>
        <translation>Tegelserver</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>URL of the online map tiles, with {z}, {x} and {y} (OpenStreetMap by default):</source>
        <translation>URL van de online kaarttegels, met {z}, {x} en {y} (standaard OpenStreetMap):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a tile URL: %1</source>
        <translation>Geen tegel-URL: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download the Detailed Map of This Area</source>
        <translation>Gedetailleerde kaart van dit gebied downloaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the map and move it to the area first.</source>
        <translation>Open eerst de kaart en verplaats ze naar het gebied.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on online map tiles first (Map › Use Online Map Tiles), with network.</source>
        <translation>Zet eerst de online kaarttegels aan (Kaart › Online kaarttegels gebruiken), met netwerk.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Offline map: basemap only</source>
        <translation>Offline kaart: alleen basiskaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline map ready to zoom %1</source>
        <translation>Offline kaart klaar tot zoomniveau %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · detailed map of this area: %1% stored</source>
        <translation> · gedetailleerde kaart van dit gebied: %1% opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · online tiles on</source>
        <translation> · online tegels aan</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../directory_app/qt/widgets/map_view.py" line="+167"/>
        <source>Map of the search result</source>
        <translation>Kaart van het zoekresultaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list shows the same facilities and is the map&apos;s accessible twin (Ctrl+1).</source>
        <translation>De lijst toont dezelfde faciliteiten en is de toegankelijke tweeling van de kaart (Ctrl+1).</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../directory_app/qt/import_wizard.py" line="-404"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what each column holds. Columns set to “Not imported” are left out.</source>
        <translation>Controleer wat elke kolom bevat. Kolommen die op “Niet geïmporteerd” staan, worden weggelaten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First rows of the file:</source>
        <translation>Eerste rijen van het bestand:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: CSV, %2, separator %3</source>
        <translation>%1: CSV, %2, scheidingsteken %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field for column %1</source>
        <translation>Veld voor kolom %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the column that holds the facility&apos;s name.</source>
        <translation>Kies de kolom met de naam van de faciliteit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several columns are imported as: %1</source>
        <translation>Meerdere kolommen worden geïmporteerd als: %1</translation>
    </message>
</context>
<context>
    <name>NameAndPurposeDialog</name>
    <message>
        <location filename="../../directory_app/qt/dialogs.py" line="+118"/>
        <source>e.g. Boston delegation, March</source>
        <translation>bv. Delegatie Boston, maart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Visit of the Boston biotech delegation, 12-14 March</source>
        <translation>bv. Bezoek van de biotechdelegatie uit Boston, 12-14 maart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed under the title of the handout and the HTML map</source>
        <translation>Gedrukt onder de titel van de hand-out en de HTML-kaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose or visitor:</source>
        <translation>&amp;Doel of bezoeker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The purpose is printed on handouts; you can change it later.</source>
        <translation>Het doel wordt op hand-outs gedrukt; u kunt het later wijzigen.</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <location filename="../../directory_app/qt/open_database.py" line="+29"/>
        <source>The directory file %1 is damaged or is not a SQLite database.</source>
        <translation>Het gidsbestand %1 is beschadigd of is geen SQLite-database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file will be kept as it is. You can start again from the built-in data (the damaged file is renamed, not deleted) or open another file.</source>
        <translation>Het bestand blijft zoals het is. U kunt opnieuw beginnen met de ingebouwde gegevens (het beschadigde bestand krijgt een andere naam en wordt niet verwijderd) of een ander bestand openen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The directory file %1 was written by a newer version of this application.</source>
        <translation>Het gidsbestand %1 is geschreven door een nieuwere versie van deze toepassing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was not changed. Install the newer version, or open another file.</source>
        <translation>Het is niet gewijzigd. Installeer de nieuwere versie of open een ander bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is a SQLite database, but not a directory made by this application.</source>
        <translation>Het bestand %1 is een SQLite-database, maar geen gids die door deze toepassing is gemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was not changed. Choose another file.</source>
        <translation>Het is niet gewijzigd. Kies een ander bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The directory file %1 cannot be opened.</source>
        <translation>Het gidsbestand %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Empty file</source>
        <translation>Leeg bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 is empty (0 bytes). Create a new directory in it, from the built-in data?</source>
        <translation>Het bestand %1 is leeg (0 bytes). Er een nieuwe gids in maken, met de ingebouwde gegevens?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a new directory</source>
        <translation>Een nieuwe gids maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been written to it yet.</source>
        <translation>Er is nog niets in geschreven.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built-in data unreadable</source>
        <translation>Ingebouwde gegevens onleesbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s built-in data cannot be read: %1</source>
        <translation>De ingebouwde gegevens van de toepassing kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+31"/>
        <source>Open another file…</source>
        <translation>Een ander bestand openen…</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again from built-in data</source>
        <translation>Opnieuw beginnen met de ingebouwde gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the directory</source>
        <translation>Kan de gids niet openen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot restore</source>
        <translation>Kan niet herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory could not be restored here: %1</source>
        <translation>De gids kon hier niet worden hersteld: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Directory restored</source>
        <translation>Gids hersteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new directory was created from the built-in data. The damaged file was kept as %1.</source>
        <translation>Er is een nieuwe gids gemaakt met de ingebouwde gegevens. Het beschadigde bestand is bewaard als %1.</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+48"/>
        <source>Open or create a directory file</source>
        <translation>Een gidsbestand openen of aanmaken</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <location filename="../../directory_app/qt/output_guard.py" line="+22"/>
        <source>“%1” is the open directory database.</source>
        <translation>“%1” is de geopende gidsdatabase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” belongs to the open directory database (it is one of SQLite&apos;s working files).</source>
        <translation>“%1” hoort bij de geopende gidsdatabase (het is een van de werkbestanden van SQLite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is in the backup folder; backups are never overwritten.</source>
        <translation>“%1” staat in de back-upmap; back-ups worden nooit overschreven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is the file being imported.</source>
        <translation>“%1” is het bestand dat wordt geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a file this command reads.</source>
        <translation>“%1” is een bestand dat deze opdracht leest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a file the application needs.</source>
        <translation>“%1” is een bestand dat de toepassing nodig heeft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” is een map, geen bestand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a regular file (a device, a pipe or a socket).</source>
        <translation>“%1” is geen gewoon bestand (een apparaat, een pipe of een socket).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written: choose another file name.</source>
        <translation>Er is niets geschreven: kies een andere bestandsnaam.</translation>
    </message>
</context>
<context>
    <name>OverrideConflictsDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/override_conflicts_dialog.py" line="+51"/>
        <source>Your Edits and the Newer Data</source>
        <translation>Uw wijzigingen en de nieuwere gegevens</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Newer reference data differs from your edits of %n facilities. Your values are in force and are kept unless you choose “Take the newer data” or “Move to trash”.</source>
        <comment>Newer reference data differs from your edits of 1 facility. Your values are in force and are kept unless you choose “Take the newer data” or “Move to trash”.</comment>
        <translation>
            <numerusform>Nieuwere referentiegegevens verschillen van uw wijzigingen aan %n faciliteit. Uw waarden gelden en blijven behouden, tenzij u “De nieuwere gegevens nemen” of “Naar de prullenbak” kiest.</numerusform>
            <numerusform>Nieuwere referentiegegevens verschillen van uw wijzigingen aan %n faciliteiten. Uw waarden gelden en blijven behouden, tenzij u “De nieuwere gegevens nemen” of “Naar de prullenbak” kiest.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The whole facility</source>
        <translation>De hele faciliteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your edited copy</source>
        <translation>Uw bewerkte versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No longer listed</source>
        <translation>Niet meer vermeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as my own</source>
        <translation>Als mijn eigen houden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to trash</source>
        <translation>Naar de prullenbak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep mine</source>
        <translation>Mijn waarde houden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the newer data</source>
        <translation>De nieuwere gegevens nemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facility</source>
        <translation>Faciliteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Uw waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newer data</source>
        <translation>Nieuwere gegevens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Gebruiken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OverrideNotice</name>
    <message>
        <location line="+28"/>
        <source>Review…</source>
        <translation>Bekijken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>OverrideReview</name>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n of your edits differ from newer reference data; your values are kept. Review them here or later with Edit › %1</source>
        <comment>1 of your edits differs from newer reference data; your value is kept. Review it here or later with Edit › %1</comment>
        <translation>
            <numerusform>%n van uw wijzigingen wijkt af van nieuwere referentiegegevens; uw waarde blijft behouden. Bekijk ze hier of later met Bewerken › %1</numerusform>
            <numerusform>%n van uw wijzigingen wijken af van nieuwere referentiegegevens; uw waarden blijven behouden. Bekijk ze hier of later met Bewerken › %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your edits agree with the newer data: nothing to review.</source>
        <translation>Uw wijzigingen stemmen overeen met de nieuwere gegevens: er is niets te bekijken.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not every choice could be applied: %1</source>
        <translation>Niet elke keuze kon worden toegepast: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Take %n Values from Newer Data</source>
        <comment>Take 1 Value from Newer Data</comment>
        <translation>
            <numerusform>%n waarde uit nieuwere gegevens nemen</numerusform>
            <numerusform>%n waarden uit nieuwere gegevens nemen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your values are kept; the newer data will not be asked about again.</source>
        <translation>Uw waarden blijven behouden; over deze nieuwere gegevens wordt niet meer gevraagd.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../directory_app/qt/preferences.py" line="+56"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the application</source>
        <translation>Taal van de toepassing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Het systeem volgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tile server address</source>
        <translation>Adres van de tegelserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An address with {z}, {x} and {y}</source>
        <translation>Een adres met {z}, {x} en {y}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map tile cache size</source>
        <translation>Grootte van de tegelcache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Semicolon (;) — Excel in Belgium and the Netherlands</source>
        <translation>Puntkomma (;) — Excel in België en Nederland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV separator</source>
        <translation>CSV-scheidingsteken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the application</source>
        <translation>Zoals de toepassing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of handouts</source>
        <translation>Taal van hand-outs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default location</source>
        <translation>Standaardlocatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory file opened at start</source>
        <translation>Gidsbestand dat bij het starten opent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next to the directory file</source>
        <translation>Naast het gidsbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+33"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Weergave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The main window reopens in the new language.</source>
        <translation>Het hoofdvenster opent opnieuw in de nieuwe taal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tile server:</source>
        <translation>Tegel&amp;server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tile &amp;cache size:</source>
        <translation>Grootte tegel&amp;cache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV &amp;separator:</source>
        <translation>CSV-&amp;scheidingsteken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handout language:</source>
        <translation>Taal van &amp;hand-outs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Directory file:</source>
        <translation>&amp;Gidsbestand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Back-upmap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new directory file is opened when the application starts again.</source>
        <translation>Een nieuw gidsbestand wordt geopend bij de volgende start van de toepassing.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for %1</source>
        <translation>Bladeren naar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Directory file</source>
        <translation>Gidsbestand</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../directory_app/qt/import_wizard.py" line="+19"/>
        <source>Check the rows</source>
        <translation>Controleer de rijen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row was read, checked and compared with the directory. Nothing is written yet.</source>
        <translation>Elke rij is gelezen, gecontroleerd en vergeleken met de gids. Er is nog niets geschreven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Rejected Rows as CSV…</source>
        <translation>Afgewezen rijen als CSV bewaren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values this directory does not know. Choose what each one means, or leave its rows out:</source>
        <translation>Waarden die deze gids niet kent. Kies wat elke waarde betekent, of laat de rijen ervan weg:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value in the file</source>
        <translation>Waarde in het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the other rows and leave the rejected ones out</source>
        <translation>De andere rijen importeren en de afgewezen rijen weglaten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading every row…</source>
        <translation>Alle rijen worden gelezen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file cannot be imported: %1</source>
        <translation>Het bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2, %3, %4.</source>
        <comment>rows read: new, matching, rejected</comment>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows read</source>
        <comment>1 row read</comment>
        <translation>
            <numerusform>%n rij gelezen</numerusform>
            <numerusform>%n rijen gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <comment>1 new</comment>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n matching a facility already in the directory</source>
        <comment>1 matching a facility already in the directory</comment>
        <translation>
            <numerusform>%n overeenkomend met een faciliteit die al in de gids staat</numerusform>
            <numerusform>%n overeenkomend met een faciliteit die al in de gids staat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n rejected</source>
        <comment>1 rejected</comment>
        <translation>
            <numerusform>%n afgewezen</numerusform>
            <numerusform>%n afgewezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new terms will be kept for review.</source>
        <comment>1 new term will be kept for review.</comment>
        <translation>
            <numerusform>%n nieuwe term wordt bewaard om na te kijken.</numerusform>
            <numerusform>%n nieuwe termen worden bewaard om na te kijken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leave its rows out</source>
        <translation>Rijen ervan weglaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1 as</source>
        <translation>%1 importeren als</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n rejected rows saved.</source>
        <comment>1 rejected row saved.</comment>
        <translation>
            <numerusform>%n afgewezen rij opgeslagen.</numerusform>
            <numerusform>%n afgewezen rijen opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-65"/>
        <source>(warning) %1</source>
        <translation>(waarschuwing) %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Save Rejected Rows</source>
        <translation>Afgewezen rijen bewaren</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ProgressRun</name>
    <message>
        <location filename="../../directory_app/qt/tasks.py" line="+137"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../directory_app/qt/updates_ui.py" line="+517"/>
        <source>Publish Update</source>
        <translation>Update publiceren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>Folder to publish to</source>
        <translation>Map om naar te publiceren</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the folder to publish to</source>
        <translation>Bladeren naar de map om naar te publiceren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Release notes</source>
        <translation>Releasenotities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new, for the people who update (optional)</source>
        <translation>Wat er nieuw is, voor wie bijwerkt (optioneel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Release notes:</source>
        <translation>&amp;Releasenotities:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key:</source>
        <translation>Ondertekeningssleutel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next version goes into the folder (with the changes since the version it holds). Serve the folder with any web server, or copy it to a share or a USB stick.</source>
        <translation>De volgende versie komt in de map (met de wijzigingen sinds de versie die erin staat). Bied de map aan met een willekeurige webserver, of kopieer ze naar een gedeelde map of een USB-stick.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../directory_app/qt/curation_controller.py" line="-176"/>
        <source>Empty Trash</source>
        <translation>Prullenbak leegmaken</translation>
    </message>
</context>
<context>
    <name>QueryChips</name>
    <message>
        <location filename="../../directory_app/qt/widgets/query_chips.py" line="+65"/>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Near %1 (%2 km)</source>
        <translation>Bij %1 (%2 km)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modality: %1</source>
        <translation>Modaliteit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleanroom: %1</source>
        <translation>Cleanroom: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>Regio: %1</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>without %1</source>
        <translation>zonder %1</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>any of the words</source>
        <translation>een van de woorden</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a wider radius</source>
        <translation>een grotere straal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broader terms</source>
        <translation>ruimere termen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Remove “%1” from the search</source>
        <translation>„%1” uit de zoekopdracht verwijderen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Understood as:</source>
        <translation>Begrepen als:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Left out: nothing matches it together with the rest</source>
        <translation>Weggelaten: niets voldoet eraan samen met de rest</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exact match for “%1”; showing facilities that match %2 (%3).</source>
        <translation>Geen exacte overeenkomst voor „%1”; getoond worden faciliteiten die voldoen aan %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Showing results for %1</source>
        <translation>Resultaten voor %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Search instead for %1</source>
        <translation>In plaats daarvan zoeken naar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Did you mean %1?</source>
        <translation>Bedoelde u %1?</translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../../directory_app/qt/query_errors.py" line="+19"/>
        <source>Unknown field &apos;%1&apos;. Fields: %2.</source>
        <translation>Onbekend veld &apos;%1&apos;. Velden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown %1 &apos;%2&apos;. Did you mean %3? Valid values: %4.</source>
        <translation>Onbekende waarde voor %1: &apos;%2&apos;. Bedoelde u %3? Geldige waarden: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown %1 &apos;%2&apos;. Valid values: %3.</source>
        <translation>Onbekende waarde voor %1: &apos;%2&apos;. Geldige waarden: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; needs something on both sides.</source>
        <translation>&apos;%1&apos; heeft aan beide kanten iets nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected a search term before &apos;%1&apos;.</source>
        <translation>Een zoekterm verwacht vóór &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a search term.</source>
        <translation>Een zoekterm verwacht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; needs something to exclude.</source>
        <translation>&apos;%1&apos; heeft iets nodig om uit te sluiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The query is nested too deeply.</source>
        <translation>De zoekopdracht is te diep genest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing &apos;)&apos;.</source>
        <translation>&apos;)&apos; ontbreekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty parentheses.</source>
        <translation>Lege haakjes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation>Onverwacht: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1:&apos; needs a value.</source>
        <translation>&apos;%1:&apos; heeft een waarde nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;near:&apos; takes a place, not a comparison.</source>
        <translation>&apos;near:&apos; verwacht een plaats, geen vergelijking.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;within:&apos; takes a distance such as 30km.</source>
        <translation>&apos;within:&apos; verwacht een afstand, zoals 30km.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;within:&apos; must be between 0 and %1 km.</source>
        <translation>&apos;within:&apos; moet tussen 0 en %1 km liggen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;box:&apos; takes south,west,north,east in degrees, e.g. %1.</source>
        <translation>&apos;box:&apos; verwacht zuid,west,noord,oost in graden, bv. %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;stale:&apos; takes a number of months from 1 to %1, e.g. stale:12.</source>
        <translation>&apos;stale:&apos; verwacht een aantal maanden van 1 tot %1, bv. stale:12.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1:&apos; takes a number, e.g. %2.</source>
        <translation>&apos;%1:&apos; verwacht een getal, bv. %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1:&apos; takes a date: 2025, 2025-06 or 2025-06-30.</source>
        <translation>&apos;%1:&apos; verwacht een datum: 2025, 2025-06 of 2025-06-30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1:&apos; cannot be compared with %2.</source>
        <translation>&apos;%1:&apos; kan niet worden vergeleken met %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1:&apos; needs a value with letters or digits.</source>
        <translation>&apos;%1:&apos; heeft een waarde met letters of cijfers nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;within:&apos; needs a &apos;near:&apos; place in the same group.</source>
        <translation>&apos;within:&apos; heeft een &apos;near:&apos;-plaats in dezelfde groep nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The query is too long (more than %1 characters).</source>
        <translation>De zoekopdracht is te lang (meer dan %1 tekens).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The query has too many terms (more than %1).</source>
        <translation>De zoekopdracht heeft te veel termen (meer dan %1).</translation>
    </message>
</context>
<context>
    <name>ReviewCorrectionsDialog</name>
    <message>
        <location filename="../../directory_app/qt/corrections_ui.py" line="-173"/>
        <location line="+128"/>
        <source>Review Corrections</source>
        <translation>Correcties beoordelen</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Facility</source>
        <translation>Voorziening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current value</source>
        <translation>Huidige waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed value</source>
        <translation>Voorgestelde waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import File…</source>
        <translation>Bestand importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept as New</source>
        <translation>Aanvaarden als nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into the Duplicate</source>
        <translation>Samenvoegen met het duplicaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changes sent by advisers, waiting for your review: %1. Nothing is applied until you accept it; an accepted change is your edit and goes into the next published update.</source>
        <translation>Wijzigingen die adviseurs stuurden en op uw beoordeling wachten: %1. Niets wordt toegepast voordat u het aanvaardt; een aanvaarde wijziging is uw eigen wijziging en komt in de volgende gepubliceerde update.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New facility</source>
        <translation>Nieuwe voorziening</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Likely duplicate of %1 (%2)</source>
        <translation>Waarschijnlijk een duplicaat van %1 (%2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import Corrections</source>
        <translation>Correcties importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections files (*.json)</source>
        <translation>Correctiebestanden (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 changes from %2 are waiting for your review (%3 were there already).</source>
        <translation>%1 wijzigingen van %2 wachten op uw beoordeling (%3 stonden er al).</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../directory_app/qt/import_wizard.py" line="+40"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing…</source>
        <translation>Wordt geschreven…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported from %1 in one step.</source>
        <translation>In één stap geïmporteerd uit %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read: %1</source>
        <translation>Gelezen rijen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: %1</source>
        <translation>Toegevoegd: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: %1</source>
        <translation>Bijgewerkt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates skipped or unchanged: %1</source>
        <translation>Duplicaten overgeslagen of ongewijzigd: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New terms kept for review: %1</source>
        <translation>Nieuwe termen bewaard om na te kijken: %1</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <location filename="../../directory_app/qt/widgets/saved_searches_panel.py" line="+26"/>
        <source>Saved searches</source>
        <translation>Bewaarde zoekopdrachten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None yet: Ctrl+S saves a search</source>
        <translation>Nog geen: Ctrl+S bewaart er een</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../directory_app/qt/widgets/search_bar.py" line="+30"/>
        <source>Search: free text, a place (Gent, Liège…), or e.g. kind:incubator grade:B near:Leuven within:30km</source>
        <translation>Zoeken: vrije tekst, een plaats (Gent, Luik…) of bv. kind:incubator grade:B near:Leuven within:30km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text and field:value terms; press F1 for the list of fields.</source>
        <translation>Vrije tekst en veld:waarde-termen; druk op F1 voor de lijst met velden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(at character %1)</source>
        <translation>(bij teken %1)</translation>
    </message>
</context>
<context>
    <name>SendCorrectionsDialog</name>
    <message>
        <location filename="../../directory_app/qt/corrections_ui.py" line="-207"/>
        <location line="+38"/>
        <source>Send Corrections</source>
        <translation>Correcties versturen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Your edits of reference facilities: %1 (of %2 facilities). Facilities you added: %3.</source>
        <translation>Uw wijzigingen aan referentievoorzieningen: %1 (van %2 voorzieningen). Voorzieningen die u toevoegde: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The corrections file holds your edits of reference facilities (each field with its old and new value and when you changed it, and the source when you changed it) and the facilities you added, with their sources. Send it to your curators: they review each change before it goes into the next update.</source>
        <translation>Het correctiebestand bevat uw wijzigingen aan referentievoorzieningen (elk veld met de oude en nieuwe waarde en wanneer u het wijzigde, en de bron als u die wijzigde) en de voorzieningen die u toevoegde, met hun bronnen. Stuur het naar uw curatoren: zij beoordelen elke wijziging voordat die in de volgende update komt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your private notes, shortlists and saved searches do not go into the file.</source>
        <translation>Uw privénotities, shortlists en bewaarde zoekopdrachten gaan niet mee in het bestand.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Corrections files (*.json)</source>
        <translation>Correctiebestanden (*.json)</translation>
    </message>
</context>
<context>
    <name>ShareConflictsDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/share_conflicts_dialog.py" line="+32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Privénotitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the recipient</source>
        <translation>Notitie voor de ontvanger</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Differences in the Imported Shortlist</source>
        <translation>Verschillen in de geïmporteerde shortlist</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The file has other values than yours for %n facilities on “%1”. Your values are kept unless you choose “Take theirs”.</source>
        <comment>The file has other values than yours for 1 facility on “%1”. Your values are kept unless you choose “Take theirs”.</comment>
        <translation>
            <numerusform>Het bestand heeft voor %n faciliteit op “%1” andere waarden dan de uwe. Uw waarden blijven behouden, tenzij u “Hun waarde nemen” kiest.</numerusform>
            <numerusform>Het bestand heeft voor %n faciliteiten op “%1” andere waarden dan de uwe. Uw waarden blijven behouden, tenzij u “Hun waarde nemen” kiest.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Facility</source>
        <translation>Faciliteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Van hen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Gebruiken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep mine</source>
        <translation>Mijn waarde houden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take theirs</source>
        <translation>Hun waarde nemen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep All Mine</source>
        <translation>Alle mijn waarden houden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose All Theirs</source>
        <translation>Alle hun waarden kiezen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../directory_app/qt/help_dialogs.py" line="-359"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tab and Shift+Tab move between the search box, filters, list, map and details; the arrow keys move within them; Enter opens; Esc clears the search.</source>
        <translation>Tab en Shift+Tab springen tussen het zoekvak, de filters, de lijst, de kaart en de details; de pijltjestoetsen bewegen erbinnen; Enter opent; Esc wist de zoekopdracht.</translation>
    </message>
</context>
<context>
    <name>ShortlistController</name>
    <message>
        <location filename="../../directory_app/qt/shortlist_controller.py" line="+109"/>
        <source>New Shortlist</source>
        <translation>Nieuwe shortlist</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Added %1 to “%2”</source>
        <translation>%1 toegevoegd aan “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already on “%1”</source>
        <translation>Staat al op “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from Shortlist</source>
        <translation>Van shortlist verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Delete Shortlist</source>
        <translation>Shortlist verwijderen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete the shortlist “%1” (%2 facilities)? You can undo this with Ctrl+Z.</source>
        <translation>De shortlist “%1” (%2 faciliteiten) verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Rename Shortlist</source>
        <translation>Shortlist hernoemen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shortlist Purpose</source>
        <translation>Doel van de shortlist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is it for, and why (shown on handouts):</source>
        <translation>Voor wie is ze, en waarom (staat op hand-outs):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose 2 to 4 facilities that are in the directory.</source>
        <translation>Kies 2 tot 4 faciliteiten die in de gids staan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Export Shortlist</source>
        <translation>Shortlist exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file carries the order and the notes for the recipient. Include your status, rank and private notes as well?</source>
        <translation>Het bestand bevat de volgorde en de notities voor de ontvanger. Ook uw status, rangorde en privénotities meegeven?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without Private Notes</source>
        <translation>Zonder privénotities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include Private Notes and Status</source>
        <translation>Met privénotities en status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write the file: %1</source>
        <translation>Kon het bestand niet schrijven: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortlist saved to %1</source>
        <translation>Shortlist bewaard in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Import Shortlist</source>
        <translation>Shortlist importeren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The shortlist file could not be imported; nothing was changed.

%1</source>
        <translation>Het shortlistbestand kon niet worden geïmporteerd; er is niets gewijzigd.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shortlist file could not be imported.</source>
        <translation>Het shortlistbestand kon niet worden geïmporteerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported “%1”: %2 added</source>
        <translation>“%1” geïmporteerd: %2 toegevoegd</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n values differ from yours (yours are kept)</source>
        <comment>1 value differs from yours (yours is kept)</comment>
        <translation>
            <numerusform>%n waarde verschilt van de uwe (de uwe blijft behouden)</numerusform>
            <numerusform>%n waarden verschillen van de uwe (de uwe blijven behouden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n values taken from the file</source>
        <comment>1 value taken from the file</comment>
        <translation>
            <numerusform>%n waarde uit het bestand overgenomen</numerusform>
            <numerusform>%n waarden uit het bestand overgenomen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistItemsModel</name>
    <message>
        <location filename="../../directory_app/qt/models/shortlist_items.py" line="+40"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Privénotitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the recipient</source>
        <translation>Notitie voor de ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Oppervlakte</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A team update withdrew this facility from the directory on %1; it stays on your shortlist with its last known data.</source>
        <translation>Een teamupdate heeft deze faciliteit op %1 uit de gids teruggetrokken; ze blijft op uw shortlist met haar laatst bekende gegevens.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private: left out of exports unless you include private notes</source>
        <translation>Privé: niet in exports, tenzij u privénotities meeneemt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (withdrawn from the directory)</source>
        <translation>%1 (uit de gids teruggetrokken)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (no longer in the directory)</source>
        <translation>%1 (niet meer in de gids)</translation>
    </message>
</context>
<context>
    <name>ShortlistPanel</name>
    <message>
        <location filename="../../directory_app/qt/widgets/shortlist_panel.py" line="+69"/>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Purpose…</source>
        <translation>Doel bewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in List</source>
        <translation>In de lijst tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export for a Colleague…</source>
        <translation>Exporteren voor een collega…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from a Colleague…</source>
        <translation>Importeren van een collega…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Shortlist</source>
        <translation>Shortlist verwijderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facilities on the shortlist</source>
        <translation>Faciliteiten op de shortlist</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare 2 to 4 selected facilities side by side</source>
        <translation>2 tot 4 geselecteerde faciliteiten naast elkaar vergelijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from Shortlist</source>
        <translation>Van shortlist verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shortlist:</source>
        <translation>Shortlist:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag facilities here from the list, or press %1 there.</source>
        <translation>Sleep faciliteiten hierheen vanuit de lijst, of druk daar op %1.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/trash_dialog.py" line="+43"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Deleted facilities stay here until you empty the trash.</source>
        <translation>Verwijderde faciliteiten blijven hier tot u de prullenbak leegmaakt.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Verwijderd op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty Trash…</source>
        <translation>Prullenbak &amp;leegmaken…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
</context>
<context>
    <name>UpdatePlanDialog</name>
    <message>
        <location filename="../../directory_app/qt/updates_ui.py" line="-90"/>
        <source>Update Available</source>
        <translation>Update beschikbaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: version %2 of %3, from %4</source>
        <translation>%1: versie %2 van %3, van %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Release notes: %1</source>
        <translation>Releasenotities: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the update changes</source>
        <translation>Wat de update wijzigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup is made first. Your notes, shortlists, saved searches, own facilities and edits stay.</source>
        <translation>Eerst wordt een back-up gemaakt. Uw notities, shortlists, bewaarde zoekopdrachten, eigen faciliteiten en wijzigingen blijven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply Update</source>
        <translation>Update &amp;toepassen</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location line="-364"/>
        <source>Data: team update version %1 of %2, published by key %3 (installed %4)</source>
        <translation>Gegevens: teamupdate versie %1 van %2, gepubliceerd met sleutel %3 (geïnstalleerd %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data: shipped with the application; no team update installed</source>
        <translation>Gegevens: meegeleverd met de toepassing; geen teamupdate geïnstalleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: shipped data of %1; no team update installed</source>
        <translation>Gegevens: meegeleverde gegevens van %1; geen teamupdate geïnstalleerd</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>%2 in %3 (%1)</source>
        <translation>%2 in %3 (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 new, %2 changed, %3 removed</source>
        <translation>%1 nieuw, %2 gewijzigd, %3 verwijderd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed fields: %1</source>
        <translation>Gewijzigde velden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts with your edits (your values stay; review them afterwards):</source>
        <translation>Conflicten met uw wijzigingen (uw waarden blijven; bekijk ze daarna):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: leaves the directory; you edited it, so it stays as your own</source>
        <translation>%1: verdwijnt uit de gids; u hebt het gewijzigd, dus het blijft als uw eigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On your shortlists and withdrawn from the directory (they stay there, marked, with their last known data):</source>
        <translation>Op uw shortlists en uit de gids teruggetrokken (ze blijven daar, gemarkeerd, met hun laatst bekende gegevens):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left alone: %1 facilities you deleted or made your own</source>
        <translation>Ongemoeid gelaten: %1 faciliteiten die u hebt verwijderd of eigen gemaakt</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 van %3</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <location line="+24"/>
        <source>Check for &amp;Updates…</source>
        <translation>Zoeken naar &amp;updates…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the newest version of the directory from the update sources</source>
        <translation>De nieuwste versie van de gids ophalen bij de updatebronnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish Up&amp;date…</source>
        <translation>Update p&amp;ubliceren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the directory as a signed update into a folder (curators)</source>
        <translation>De gids als ondertekende update in een map schrijven (beheerders)</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+19"/>
        <location line="+41"/>
        <source>Check for Updates</source>
        <translation>Zoeken naar updates</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No update source is set. Add the address or folder your curators publish to in Edit › Preferences › Updates.</source>
        <translation>Er is geen updatebron ingesteld. Voeg het adres of de map waar uw beheerders naar publiceren toe in Bewerken › Voorkeuren › Updates.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking for updates…</source>
        <translation>Zoeken naar updates…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check for updates cancelled; nothing was changed. What was downloaded is kept for the next try.</source>
        <translation>Zoeken naar updates geannuleerd; er is niets gewijzigd. Wat al gedownload is, wordt bewaard voor de volgende poging.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check failed: %1</source>
        <translation>De controle is mislukt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No update source could be reached; you may be offline. Nothing was changed; check again when you are online.</source>
        <translation>Geen enkele updatebron was bereikbaar; misschien bent u offline. Er is niets gewijzigd; zoek opnieuw wanneer u online bent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This directory trusts no publisher key yet: add your curators&apos; public key (.pub) in Edit › Preferences › Updates, then check again.</source>
        <translation>Deze gids vertrouwt nog geen uitgeverssleutel: voeg de publieke sleutel (.pub) van uw beheerders toe in Bewerken › Voorkeuren › Updates en zoek dan opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The update was refused: %1</source>
        <translation>De update is geweigerd: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This directory file is open read-only.</source>
        <translation>Dit gidsbestand is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The directory is up to date: version %1 of %2.</source>
        <translation>De gids is bijgewerkt: versie %1 van %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Apply Update</source>
        <translation>Update toepassen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Applying the update…</source>
        <translation>De update wordt toegepast…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The update was not applied; nothing was changed: %1</source>
        <translation>De update is niet toegepast; er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updated to version %1 (%2) from %3.</source>
        <translation>Bijgewerkt naar versie %1 (%2) van %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of your edited facilities differ from the update; your values were kept.</source>
        <translation>%1 van uw gewijzigde faciliteiten verschillen van de update; uw waarden zijn behouden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Review Now</source>
        <translation>Nu &amp;bekijken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Version %1 of the directory is available: File › %2</source>
        <translation>Versie %1 van de gids is beschikbaar: Bestand › %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+24"/>
        <source>Publish Update</source>
        <translation>Update publiceren</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Publishing the directory…</source>
        <translation>De gids wordt gepubliceerd…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was published: %1</source>
        <translation>Er is niets gepubliceerd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 (%2 facilities) published to %3, signed with key %4.</source>
        <translation>Versie %1 (%2 faciliteiten) gepubliceerd naar %3, ondertekend met sleutel %4.</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location line="-761"/>
        <location line="+3"/>
        <source>Update sources</source>
        <translation>Updatebronnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… address, folder or manifest.json file</source>
        <translation>https://…-adres, map of manifest.json-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New update source</source>
        <translation>Nieuwe updatebron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Map…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder as an update source</source>
        <translation>Een map als updatebron toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen update source</source>
        <translation>De gekozen updatebron verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check automatically when online (at most once a day)</source>
        <translation>Automatisch &amp;zoeken wanneer online (hoogstens eenmaal per dag)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources are tried in order. Nothing is fetched unless you check, or tick the automatic check.</source>
        <translation>Bronnen worden in volgorde geprobeerd. Er wordt niets opgehaald tenzij u zoekt, of automatisch zoeken aanvinkt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Trusted publisher keys</source>
        <translation>Vertrouwde uitgeverssleutels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id</source>
        <translation>Sleutel-id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trusted since</source>
        <translation>Vertrouwd sinds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;Key File…</source>
        <translation>&amp;Sleutelbestand toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;emove Key</source>
        <translation>Sleutel v&amp;erwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept in this directory file; a change here is saved at once. Only updates signed by one of these keys are accepted.</source>
        <translation>Bewaard in dit gidsbestand; een wijziging hier wordt meteen opgeslagen. Alleen updates die met een van deze sleutels zijn ondertekend, worden aanvaard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing (curators)</source>
        <translation>Publiceren (beheerders)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: File › Publish Update… stays hidden</source>
        <translation>Geen: Bestand › Update publiceren… blijft verborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Signing key file</source>
        <translation>Ondertekeningssleutelbestand</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the signing key file</source>
        <translation>Bladeren naar het ondertekeningssleutelbestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Signing key:</source>
        <translation>&amp;Ondertekeningssleutel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key from `directory-app keygen`; keep it secret.</source>
        <translation>De privésleutel uit `directory-app keygen`; houd ze geheim.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This directory file is open read-only: its trusted keys cannot change.</source>
        <translation>Dit gidsbestand is alleen-lezen geopend: de vertrouwde sleutels kunnen niet wijzigen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Update source folder</source>
        <translation>Map als updatebron</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Trust a Publisher Key</source>
        <translation>Een uitgeverssleutel vertrouwen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Publieke sleutels (*.pub);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not added: %2</source>
        <translation>%1 is niet toegevoegd: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key %1 is trusted already.</source>
        <translation>Sleutel %1 wordt al vertrouwd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>Remove Key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Stop trusting key %1? Updates signed with it will be refused.</source>
        <translation>Sleutel %1 niet langer vertrouwen? Updates die ermee zijn ondertekend, worden geweigerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../directory_app/qt/help_dialogs.py" line="+23"/>
        <source>Welcome to Directory App</source>
        <translation>Welkom bij Directory App</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This directory lists %n life-science incubators, accelerators, science parks and cell and gene therapy production sites in Belgium, the Netherlands and Luxembourg.</source>
        <comment>This directory lists 1 life-science incubator, accelerator, science park or cell and gene therapy production site in Belgium, the Netherlands and Luxembourg.</comment>
        <translation>
            <numerusform>Deze gids bevat %n life-sciences-incubator, -accelerator, wetenschapspark of productiesite voor cel- en gentherapie in België, Nederland en Luxemburg.</numerusform>
            <numerusform>Deze gids bevat %n life-sciences-incubators, -accelerators, wetenschapsparken en productiesites voor cel- en gentherapie in België, Nederland en Luxemburg.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every record was compiled from public sources (operators, institutions, press) and keeps its source link, a quote from it, the source&apos;s date and a confidence level. A record shows when someone last checked it (Mark as Verified Today).</source>
        <translation>Elk record is samengesteld uit openbare bronnen (beheerders, instellingen, pers) en bewaart de link naar de bron, een citaat eruit, de datum van de bron en een betrouwbaarheid. Een record toont wanneer iemand het laatst controleerde (Vandaag als gecontroleerd markeren).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All records were last checked on %1.</source>
        <translation>Alle fiches zijn het laatst gecontroleerd op %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records were last checked between %1 and %2.</source>
        <translation>De fiches zijn het laatst gecontroleerd tussen %1 en %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No record has been checked since it was compiled; the sources date from %1.</source>
        <translation>Geen enkel record is gecontroleerd sinds het werd samengesteld; de bronnen dateren van %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The map works offline: a world map for the overview is built in. Detailed streets are downloaded only if you switch on online map tiles (Map menu), and are kept for offline use.</source>
        <translation>De kaart werkt offline: een wereldkaart voor het overzicht is ingebouwd. Gedetailleerde straten worden alleen gedownload als u online kaarttegels aanzet (menu Kaart), en blijven bewaard voor offline gebruik.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help › About the Data shows what the directory holds and which records are oldest; Help › Keyboard Shortcuts lists every shortcut.</source>
        <translation>Help › Over de gegevens toont wat de gids bevat en welke fiches het oudst zijn; Help › Sneltoetsen somt alle sneltoetsen op.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
</context>
<context>
    <name>age</name>
    <message>
        <location filename="../../directory_app/qt/i18n.py" line="+51"/>
        <source>never verified</source>
        <translation>nooit gecontroleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked against its source today</source>
        <translation>vandaag aan de bron getoetst</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>checked against its source %n days ago</source>
        <comment>checked against its source 1 day ago</comment>
        <translation>
            <numerusform>%n dag geleden aan de bron getoetst</numerusform>
            <numerusform>%n dagen geleden aan de bron getoetst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>checked against its source %n months ago</source>
        <comment>checked against its source 1 month ago</comment>
        <translation>
            <numerusform>%n maand geleden aan de bron getoetst</numerusform>
            <numerusform>%n maanden geleden aan de bron getoetst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>checked against its source %n years ago</source>
        <comment>checked against its source 1 year ago</comment>
        <translation>
            <numerusform>%n jaar geleden aan de bron getoetst</numerusform>
            <numerusform>%n jaar geleden aan de bron getoetst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days</source>
        <comment>1 day</comment>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n months</source>
        <comment>1 month</comment>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n years</source>
        <comment>1 year</comment>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (source)</source>
        <translation>%1 (bron)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../directory_app/qt/models/facility_table.py" line="-228"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Modalities</source>
        <translation>Modaliteiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cleanroom grades</source>
        <translation>Cleanroomklassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Area</source>
        <translation>Oppervlakte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidence</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last verified</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <location filename="../../directory_app/qt/widgets/detail_pane.py" line="-178"/>
        <source>Source dated %1</source>
        <translation>Bron gedateerd %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source date unknown</source>
        <translation>Datum van de bron onbekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On campus</source>
        <translation>Op campus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites on this campus</source>
        <translation>Vestigingen op deze campus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Coordinates</source>
        <translation>Coördinaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact page</source>
        <translation>Contactpagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities</source>
        <translation>Modaliteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom grades</source>
        <translation>Cleanroomklassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Oppervlakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services (as the source puts it)</source>
        <translation>Diensten (volgens de bron)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities (as the source puts it)</source>
        <translation>Modaliteiten (volgens de bron)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom (as the source puts it)</source>
        <translation>Cleanroom (volgens de bron)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confidence: %1</source>
        <translation>betrouwbaarheid: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source note</source>
        <translation>Bronvermelding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provenance</source>
        <translation>Herkomst</translation>
    </message>
</context>
<context>
    <name>facets</name>
    <message>
        <location filename="../../directory_app/qt/widgets/facet_panel.py" line="-93"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities</source>
        <translation>Modaliteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom grade</source>
        <translation>Cleanroomklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Betrouwbaarheid</translation>
    </message>
</context>
<context>
    <name>queryhelp</name>
    <message>
        <location filename="../../directory_app/qt/help_text.py" line="+17"/>
        <source>name contains (accents and case ignored); name:=… for the exact name</source>
        <translation>naam bevat (accenten en hoofdletters tellen niet); name:=… voor de exacte naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisation contains (alias: organisation:)</source>
        <translation>organisatie bevat (ook: organisation:)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as org:</source>
        <translation>hetzelfde als org:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city contains</source>
        <translation>gemeente bevat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incubator, accelerator, cgt_production</source>
        <translation>incubator, accelerator, cgt_production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BE, NL, LU or the country&apos;s name</source>
        <translation>BE, NL, LU of de naam van het land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a region or province: code (BE-WAL, NL-ZH) or name</source>
        <translation>een regio of provincie: code (BE-WAL, NL-ZH) of naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a service (code or the start of its name)</source>
        <translation>een dienst (code of het begin van de naam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a therapy modality</source>
        <translation>een therapiemodaliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU GMP cleanroom grade A-D</source>
        <translation>EU-GMP-cleanroomklasse A-D</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>operational, under_construction, planned, closing, closed</source>
        <translation>operational, under_construction, planned, closing, closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how sure the source is: high, medium, low</source>
        <translation>hoe zeker de bron is: high, medium, low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open (to third parties) or in_house (in-house only)</source>
        <translation>open (voor derden) of in_house (alleen intern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area in m² (compare with &lt; &lt;= &gt; &gt;= =)</source>
        <translation>oppervlakte in m² (vergelijk met &lt; &lt;= &gt; &gt;= =)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year opened</source>
        <translation>jaar van opening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>when the record was last checked against its source</source>
        <translation>wanneer de fiche het laatst aan de bron is getoetst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked against its source for more than 12 months, or never</source>
        <translation>al meer dan 12 maanden niet aan de bron getoetst, of nooit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how precise the coordinates are: street, campus, postcode, town, municipality, region, country, none</source>
        <translation>hoe nauwkeurig de coördinaten zijn: street, campus, postcode, town, municipality, region, country, none</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a facility&apos;s id</source>
        <translation>de id van een faciliteit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>within 25 km of a place (any language), Belgian postcode, facility or lat,lon</source>
        <translation>binnen 25 km van een plaats (in elke taal), Belgische postcode, faciliteit of lat,lon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>radius for near:</source>
        <translation>straal voor near:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on one of your shortlists</source>
        <translation>op een van uw shortlists</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inside a map extent: south,west,north,east (the map&apos;s “Search this area”)</source>
        <translation>binnen een kaartgebied: zuid,west,noord,oost (“In dit gebied zoeken” op de kaart)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type words to search names, organisations, cities, services and modalities — accents, case and the language of place names do not matter (Gent = Gand = Ghent), and words match while you type (zwijn finds Zwijnaarde). Combine terms with and (implicit), or, not or a leading minus, and group with parentheses. Quote phrases: &quot;cell therapy&quot;.</source>
        <translation>Typ woorden om te zoeken in namen, organisaties, gemeenten, diensten en modaliteiten — accenten, hoofdletters en de taal van plaatsnamen maken niet uit (Gent = Gand = Ghent), en woorden komen al overeen terwijl u typt (zwijn vindt Zwijnaarde). Combineer termen met and (vanzelf), or, not of een minteken ervoor, en groepeer met haakjes. Zet woordgroepen tussen aanhalingstekens: &quot;celtherapie&quot;.</translation>
    </message>
</context>
<context>
    <name>shortlist</name>
    <message>
        <location filename="../../directory_app/qt/models/shortlist_items.py" line="-129"/>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>Gecontacteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited</source>
        <translation>Bezocht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../directory_app/qt/i18n.py" line="+30"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../directory_app/domain/vocabulary.py" line="+36"/>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CGT production site</source>
        <translation>CGT-productiesite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Science park</source>
        <translation>Wetenschapspark</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operational</source>
        <translation>In bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under construction</source>
        <translation>In aanbouw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure announced</source>
        <translation>Sluiting aangekondigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open to third parties</source>
        <translation>Open voor derden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-house only</source>
        <translation>Alleen intern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Street address</source>
        <translation>Straatadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region (approximate)</source>
        <translation>Regio (bij benadering)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (approximate)</source>
        <translation>Land (bij benadering)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set by hand</source>
        <translation>Met de hand ingesteld</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Grade A</source>
        <translation>Klasse A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade B</source>
        <translation>Klasse B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade C</source>
        <translation>Klasse C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade D</source>
        <translation>Klasse D</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brussels-Capital Region</source>
        <translation>Brussels Hoofdstedelijk Gewest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drenthe</source>
        <translation>Drenthe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flevoland</source>
        <translation>Flevoland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friesland</source>
        <translation>Friesland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gelderland</source>
        <translation>Gelderland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groningen</source>
        <translation>Groningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limburg (NL)</source>
        <translation>Limburg (NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Brabant</source>
        <translation>Noord-Brabant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Holland</source>
        <translation>Noord-Holland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overijssel</source>
        <translation>Overijssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utrecht</source>
        <translation>Utrecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeeland</source>
        <translation>Zeeland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Holland</source>
        <translation>Zuid-Holland</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality centre</source>
        <translation>Centrum van de gemeente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No single site</source>
        <translation>Geen vaste locatie</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Antwerp (province)</source>
        <translation>Antwerpen (provincie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flemish Brabant</source>
        <translation>Vlaams-Brabant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limburg (BE)</source>
        <translation>Limburg (BE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Flanders</source>
        <translation>Oost-Vlaanderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>West Flanders</source>
        <translation>West-Vlaanderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walloon Brabant</source>
        <translation>Waals-Brabant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hainaut</source>
        <translation>Henegouwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liège (province)</source>
        <translation>Luik (provincie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg (province)</source>
        <translation>Luxemburg (provincie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namur (province)</source>
        <translation>Namen (provincie)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Capellen</source>
        <translation>Capellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clervaux</source>
        <translation>Clervaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diekirch</source>
        <translation>Diekirch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Echternach</source>
        <translation>Echternach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esch-sur-Alzette</source>
        <translation>Esch-sur-Alzette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grevenmacher</source>
        <translation>Grevenmacher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg (canton)</source>
        <translation>Luxemburg (kanton)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mersch</source>
        <translation>Mersch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redange</source>
        <translation>Redange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remich</source>
        <translation>Remich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vianden</source>
        <translation>Vianden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiltz</source>
        <translation>Wiltz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lab space</source>
        <translation>Labruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office space</source>
        <translation>Kantoorruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-working</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom space</source>
        <translation>Cleanroomruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared equipment &amp; core facilities</source>
        <translation>Gedeelde apparatuur &amp; core facilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot plant / scale-up space</source>
        <translation>Pilootinstallatie / opschalingsruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenhouse &amp; field trials</source>
        <translation>Serres &amp; veldproeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting &amp; event facilities</source>
        <translation>Vergader- &amp; evenementenruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incubation programme</source>
        <translation>Incubatieprogramma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceleration programme</source>
        <translation>Acceleratieprogramma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching &amp; mentoring</source>
        <translation>Coaching &amp; mentoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding &amp; investment</source>
        <translation>Financiering &amp; investering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network &amp; events</source>
        <translation>Netwerk &amp; evenementen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business development</source>
        <translation>Bedrijfsontwikkeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory support</source>
        <translation>Regelgevende ondersteuning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GMP manufacturing</source>
        <translation>GMP-productie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell &amp; tissue processing</source>
        <translation>Cel- &amp; weefselbewerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial manufacturing</source>
        <translation>Commerciële productie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process development</source>
        <translation>Procesontwikkeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analytical development</source>
        <translation>Analytische ontwikkeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QC &amp; release testing</source>
        <translation>QC &amp; vrijgiftetesten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell banking</source>
        <translation>Celbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viral vector manufacturing</source>
        <translation>Productie van virale vectoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plasmid DNA manufacturing</source>
        <translation>Productie van plasmide-DNA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill &amp; finish, labelling</source>
        <translation>Afvullen &amp; afwerken, etikettering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage &amp; logistics</source>
        <translation>Opslag &amp; logistiek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cell therapy</source>
        <translation>Celtherapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autologous</source>
        <translation>Autoloog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allogeneic</source>
        <translation>Allogeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T</source>
        <translation>CAR-T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-NK</source>
        <translation>CAR-NK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCR-T</source>
        <translation>TCR-T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tumour-infiltrating lymphocytes (TIL)</source>
        <translation>Tumorinfiltrerende lymfocyten (TIL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NK cells</source>
        <translation>NK-cellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory T cells</source>
        <translation>Regulatoire T-cellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dendritic cells</source>
        <translation>Dendritische cellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mesenchymal stromal cells (MSC)</source>
        <translation>Mesenchymale stromale cellen (MSC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem &amp; progenitor cells</source>
        <translation>Stam- &amp; voorlopercellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iPSC-derived cells</source>
        <translation>Van iPSC afgeleide cellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gene-modified cells</source>
        <translation>Genetisch gemodificeerde cellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gene therapy</source>
        <translation>Gentherapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AAV (adeno-associated virus)</source>
        <translation>AAV (adeno-geassocieerd virus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lentiviral vector (LVV)</source>
        <translation>Lentivirale vector (LVV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retroviral vector</source>
        <translation>Retrovirale vector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viral vector</source>
        <translation>Virale vector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plasmid DNA</source>
        <translation>Plasmide-DNA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mRNA / LNP</source>
        <translation>mRNA / LNP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oncolytic virus</source>
        <translation>Oncolytisch virus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tissue-engineered products</source>
        <translation>Weefselmanipulatieproducten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaccines</source>
        <translation>Vaccins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recombinant proteins</source>
        <translation>Recombinante eiwitten</translation>
    </message>
</context>
</TS>
