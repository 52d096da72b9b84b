<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AboutDataDialog</name>
    <message>
        <location filename="../../directory_app/qt/help_dialogs.py" line="+251"/>
        <source>About the Data</source>
        <translation>À propos des données</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n facilities</source>
        <comment>1 facility</comment>
        <translation>
            <numerusform>%n établissement</numerusform>
            <numerusform>%n établissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n never verified</source>
        <comment>1 never verified</comment>
        <translation>
            <numerusform>%n jamais vérifié</numerusform>
            <numerusform>%n jamais vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facilities per %1</source>
        <translation>Établissements par %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Least recently verified (Enter or double-click shows it):</source>
        <translation>Vérifiés il y a le plus longtemps (Entrée ou double-clic pour l’afficher) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data checks</source>
        <translation>Contrôles des données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (source date)</source>
        <translation>%1 (date de la source)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Least recently verified facilities</source>
        <translation>Établissements vérifiés il y a le plus longtemps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one to show it in the list</source>
        <translation>Choisissez-en un pour l’afficher dans la liste</translation>
    </message>
</context>
<context>
    <name>AreaPrefetch</name>
    <message>
        <location filename="../../directory_app/qt/prefetch.py" line="+85"/>
        <source>Download the Detailed Map of This Area</source>
        <translation>Télécharger la carte détaillée de cette zone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The map tile cache cannot be written.</source>
        <translation>Impossible d’écrire dans le cache des tuiles de carte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tile server %1 does not allow downloading areas for offline use. Tiles you look at online are kept for offline use anyway. To prefetch areas, choose a tile server that allows it (Map › Tile Server…).</source>
        <translation>Le serveur de tuiles %1 n’autorise pas le téléchargement de zones pour un usage hors ligne. Les tuiles consultées en ligne sont de toute façon conservées pour l’usage hors ligne. Pour télécharger des zones à l’avance, choisissez un serveur de tuiles qui le permet (Carte › Serveur de tuiles…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This area is already available offline to zoom %1.</source>
        <translation>Cette zone est déjà disponible hors ligne jusqu’au niveau de zoom %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download %1 map tiles (about %2 MB) for zoom levels %3 to %4 from %5?</source>
        <translation>Télécharger %1 tuiles de carte (environ %2 Mo) pour les niveaux de zoom %3 à %4 depuis %5 ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Already stored for offline use: %1 of %2 tiles (%3%).</source>
        <translation>Déjà enregistrées pour l’usage hors ligne : %1 tuiles sur %2 (%3 %).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The area needs more; this download stops at %1 tiles.</source>
        <translation>La zone en demande davantage ; ce téléchargement s’arrête à %1 tuiles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downloading map tiles…</source>
        <translation>Téléchargement des tuiles de carte…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Map download failed: %1</source>
        <translation>Échec du téléchargement de la carte : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map tiles downloaded: %1, already there: %2, failed: %3</source>
        <translation>Tuiles téléchargées : %1, déjà présentes : %2, échecs : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/backups_dialog.py" line="+25"/>
        <source>Backed up by you</source>
        <translation>Manuelle (faite par vous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a format upgrade</source>
        <translation>Avant une mise à niveau du format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a bulk edit</source>
        <translation>Avant une modification groupée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a backup to bring the directory back to. The current state is backed up first, so this can be reversed. Backups are in %1.</source>
        <translation>Choisissez la sauvegarde à laquelle ramener l’annuaire. L’état actuel est d’abord sauvegardé : l’opération reste donc réversible. Les sauvegardes se trouvent dans %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (damaged)</source>
        <translation>%1 (endommagée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This copy failed SQLite&apos;s check when it was made: the database was probably already damaged then. It cannot be restored.</source>
        <translation>Cette copie n’a pas passé la vérification de SQLite lors de sa création : la base de données était probablement déjà endommagée. Elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/bulk_edit_dialog.py" line="+25"/>
        <source>Bulk Edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Change all %n selected facilities:</source>
        <comment>Change 1 selected facility:</comment>
        <translation>
            <numerusform>Modifier l’établissement sélectionné :</numerusform>
            <numerusform>Modifier les %n établissements sélectionnés :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the kind</source>
        <translation>Définir le type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the region</source>
        <translation>Définir la région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the confidence</source>
        <translation>Définir la fiabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a service</source>
        <translation>Retirer un service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as verified today</source>
        <translation>Marquer comme vérifié aujourd’hui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A backup is made first; Edit › Undo takes the whole change back.</source>
        <translation>Une sauvegarde est d’abord effectuée ; Édition › Annuler annule l’ensemble de la modification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/compare_dialog.py" line="+54"/>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cleanroom grades</source>
        <translation>Classes de salle blanche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shortlist status</source>
        <translation>Statut dans la sélection</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for the recipient</source>
        <translation>Note pour le destinataire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Compare Facilities</source>
        <translation>Comparer des établissements</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>CorrectionsMenu</name>
    <message>
        <location filename="../../directory_app/qt/corrections_ui.py" line="+288"/>
        <source>Send &amp;Corrections…</source>
        <translation>Envoyer des &amp;corrections…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your edits and added facilities to a file for the curators (no private notes)</source>
        <translation>Écrire vos modifications et établissements ajoutés dans un fichier pour les curateurs (sans notes privées)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review Co&amp;rrections…</source>
        <translation>Examiner les co&amp;rrections…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept or reject the corrections advisers sent</source>
        <translation>Accepter ou refuser les corrections envoyées par les conseillers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Corrections written to %1</source>
        <translation>Corrections écrites dans %1</translation>
    </message>
</context>
<context>
    <name>CurationController</name>
    <message>
        <location filename="../../directory_app/qt/curation_controller.py" line="+91"/>
        <source>This directory is open read-only; it cannot be changed.</source>
        <translation>Cet annuaire est ouvert en lecture seule ; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Daily Backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The daily backup could not be made: %1</source>
        <translation>La sauvegarde quotidienne n’a pas pu être effectuée : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a facility to edit first.</source>
        <translation>Choisissez d’abord un établissement à modifier.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 saved</source>
        <translation>« %1 » enregistré</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n Facilities</source>
        <comment>Delete 1 Facility</comment>
        <translation>
            <numerusform>Supprimer %n établissement</numerusform>
            <numerusform>Supprimer %n établissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restore %n Facilities</source>
        <comment>Restore 1 Facility</comment>
        <translation>
            <numerusform>Restaurer %n établissement</numerusform>
            <numerusform>Restaurer %n établissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n facilities for good? This cannot be undone.</source>
        <comment>Delete 1 facility for good? This cannot be undone.</comment>
        <translation>
            <numerusform>Supprimer définitivement %n établissement ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n établissements ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n facilities deleted for good</source>
        <comment>1 facility deleted for good</comment>
        <translation>
            <numerusform>%n établissement supprimé définitivement</numerusform>
            <numerusform>%n établissements supprimés définitivement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+29"/>
        <source>Select the facilities to change first.</source>
        <translation>Sélectionnez d’abord les établissements à modifier.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Bulk Edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Changing the selected facilities…</source>
        <translation>Modification des établissements sélectionnés…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Mark %n Facilities as Verified</source>
        <comment>Mark 1 Facility as Verified</comment>
        <translation>
            <numerusform>Marquer %n établissement comme vérifié</numerusform>
            <numerusform>Marquer %n établissements comme vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n facilities marked as verified today.</source>
        <comment>1 facility marked as verified today.</comment>
        <translation>
            <numerusform>%n établissement marqué comme vérifié aujourd’hui.</numerusform>
            <numerusform>%n établissements marqués comme vérifiés aujourd’hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Bulk Edit of %n Facilities</source>
        <comment>Bulk Edit of 1 Facility</comment>
        <translation>
            <numerusform>Modification groupée de %n établissement</numerusform>
            <numerusform>Modification groupée de %n établissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup just made failed SQLite&apos;s check, so this directory&apos;s database is probably damaged.

Check it with File › Check Database. If problems remain, restore a good backup with File › Restore from Backup (damaged backups are marked there).</source>
        <translation>La sauvegarde qui vient d’être faite n’a pas passé la vérification de SQLite : la base de données de cet annuaire est donc probablement endommagée.

Vérifiez-la avec Fichier › Vérifier la base de données. Si des problèmes subsistent, restaurez une bonne sauvegarde avec Fichier › Restaurer une sauvegarde (les sauvegardes endommagées y sont signalées).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Back Up Now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <location line="+6"/>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>There is no backup of this directory in %1 yet.</source>
        <translation>Il n’y a pas encore de sauvegarde de cet annuaire dans %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The directory was restored. Its state before is kept as %1.</source>
        <translation>L’annuaire a été restauré. Son état précédent est conservé sous %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Check Database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database is sound: SQLite&apos;s integrity check and the search index check found nothing.</source>
        <translation>La base de données est saine : le contrôle d’intégrité de SQLite et la vérification de l’index de recherche n’ont rien détecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems were found and repaired (the search index was rebuilt):
%1</source>
        <translation>Des problèmes ont été détectés et réparés (l’index de recherche a été reconstruit) :
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems were found that could not be repaired here:
%1

Restore a backup (File › Restore from Backup).</source>
        <translation>Des problèmes ont été détectés mais n’ont pas pu être réparés ici :
%1

Restaurez une sauvegarde (Fichier › Restaurer une sauvegarde).</translation>
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message>
        <location filename="../../directory_app/qt/help_dialogs.py" line="+46"/>
        <source>Source URL and quote</source>
        <translation>URL et citation de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned or under construction on an old source</source>
        <translation>Prévu ou en construction selon une source ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed sites</source>
        <translation>Sites fermés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two rows on one site</source>
        <translation>Deux lignes pour un même site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point near its stated town</source>
        <translation>Point proche de la localité indiquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside its country&apos;s border</source>
        <translation>À l&apos;intérieur de la frontière du pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate websites</source>
        <translation>Sites web en double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels in every language</source>
        <translation>Libellés dans chaque langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no source URL</source>
        <translation>pas d&apos;URL de source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source quote</source>
        <translation>pas de citation de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned, on a source of %1 (over two years old): is it still planned?</source>
        <translation>prévu, selon une source de %1 (plus de deux ans) : l&apos;est-il toujours ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under construction, on a source of %1 (over two years old): is it built?</source>
        <translation>en construction, selon une source de %1 (plus de deux ans) : est-il construit ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed, yet still listed</source>
        <translation>fermé, mais toujours répertorié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the same point as %1 at site precision, not on one campus</source>
        <translation>au même point que %1 avec une précision de site, sans être sur un même campus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km from %2, its stated town (more than 15 km)</source>
        <translation>à %1 km de %2, sa localité indiquée (plus de 15 km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a point at %1 precision and no town: a programme with no single site gets no point</source>
        <translation>un point de précision %1 et aucune localité : un programme sans site unique n&apos;a pas de point</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>town %1 is not in the gazetteer; its distance was not checked</source>
        <translation>la localité %1 n&apos;est pas dans le répertoire géographique ; sa distance n&apos;a pas été vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gazetteer could not be read; no distance was checked</source>
        <translation>le répertoire géographique est illisible ; aucune distance n&apos;a été vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point outside the border of %1</source>
        <translation>point hors de la frontière de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows share the website %2</source>
        <translation>%1 lignes partagent le site web %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 code %2 is not in the vocabulary</source>
        <translation>le code %2 (%1) n&apos;est pas dans le vocabulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 code %2 (%3) has no finished %4 label</source>
        <translation>le code %2 (%1, %3) n&apos;a pas de libellé terminé en %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 translations could not be read; labels were not checked</source>
        <translation>les traductions %1 sont illisibles ; les libellés n&apos;ont pas été vérifiés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n facilities checked</source>
        <comment>1 facility checked</comment>
        <translation>
            <numerusform>%n installation vérifiée</numerusform>
            <numerusform>%n installations vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n errors</source>
        <comment>1 error</comment>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <comment>1 warning</comment>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataChecksView</name>
    <message>
        <location line="+7"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data checks</source>
        <translation>Contrôles des données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings (the same as directory-app check --data):</source>
        <translation>Constats (les mêmes que directory-app check --data) :</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../directory_app/qt/widgets/detail_pane.py" line="+179"/>
        <source>Facility details</source>
        <translation>Détails de l’établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note (kept when the data is updated):</source>
        <translation>Votre note (conservée lors des mises à jour des données) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a private note about this facility…</source>
        <translation>Écrivez une note personnelle sur cet établissement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to Shortlist</source>
        <translation>Ajouter à la sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add this facility to the current shortlist (%1)</source>
        <translation>Ajouter cet établissement à la sélection en cours (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as Verified Today</source>
        <translation>Marquer comme vérifié aujourd’hui</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This directory is open read-only: the check cannot be recorded.</source>
        <translation>Cet annuaire est ouvert en lecture seule : la vérification ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that you checked this facility against its source today (Edit › Undo takes it back)</source>
        <translation>Enregistrer que vous avez vérifié cet établissement auprès de sa source aujourd’hui (Édition › Annuler revient en arrière)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a facility to see its details.</source>
        <translation>Sélectionnez un établissement pour en voir les détails.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../directory_app/qt/import_duplicates.py" line="+49"/>
        <source>Facilities already in the directory</source>
        <translation>Établissements déjà présents dans l’annuaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These rows match a facility the directory has. Choose for each: take the ticked fields from the file (merge), add it as another facility, or skip it. The last column shows what a merge writes; right-click it to remove a service, modality or grade.</source>
        <translation>Ces lignes correspondent à un établissement qui figure déjà dans l’annuaire. Choisissez pour chacune : reprendre les champs cochés du fichier (fusionner), l’ajouter comme un autre établissement ou l’ignorer. La dernière colonne montre ce qu’une fusion écrit ; cliquez-la avec le bouton droit pour retirer un service, une modalité ou une classe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the directory</source>
        <translation>Dans l’annuaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After a merge</source>
        <translation>Après fusion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Merge ticked fields</source>
        <translation>&amp;Fusionner les champs cochés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Conserver les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skip All</source>
        <translation>Tout ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge All</source>
        <translation>Tout fusionner</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>merge</source>
        <translation>fusionner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keep both</source>
        <translation>conserver les deux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %1: %2 — %3</source>
        <translation>Ligne %1 : %2 — %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>same id</source>
        <translation>même identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same website</source>
        <translation>même site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name nearby</source>
        <translation>nom semblable à proximité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matches “%1” (%2).</source>
        <translation>Correspond à « %1 » (%2).</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Remove “%1” from the merge</source>
        <translation>Retirer « %1 » de la fusion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put “%1” back</source>
        <translation>Remettre « %1 »</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location precision</source>
        <translation>Précision de la localisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services (source wording)</source>
        <translation>Services (termes de la source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities (source wording)</source>
        <translation>Modalités (termes de la source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom grades</source>
        <translation>Classes de salle blanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanrooms (source wording)</source>
        <translation>Salles blanches (termes de la source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year opened</source>
        <translation>Année d’ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source quote</source>
        <translation>Citation de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source date</source>
        <translation>Date de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source note</source>
        <translation>Note sur la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact page</source>
        <translation>Page de contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlist status</source>
        <translation>Statut dans la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn from the directory</source>
        <translation>Retiré de l&apos;annuaire</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../directory_app/qt/export_dialog.py" line="+47"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV for spreadsheets (.csv)</source>
        <translation>CSV pour tableurs (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GeoJSON for GIS tools (.geojson)</source>
        <translation>GeoJSON pour logiciels SIG (.geojson)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map that opens in a browser, offline (.html)</source>
        <translation>Carte qui s’ouvre dans un navigateur, hors ligne (.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handout for a visitor, with a map (.pdf)</source>
        <translation>Document pour un visiteur, avec carte (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current search result (%1 facilities)</source>
        <translation>Le résultat de recherche actuel (%1 établissements)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shortlist:</source>
        <translation>Une sélection :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Semicolon (;) — Excel in Belgium and the Netherlands</source>
        <translation>Point-virgule (;) — Excel en Belgique et aux Pays-Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the export</source>
        <translation>Langue de l’exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers, labels and the handout&apos;s wording, for the recipient</source>
        <translation>En-têtes, libellés et textes du document, pour le destinataire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns, in order (drag to reorder)</source>
        <translation>Colonnes, dans l’ordre (glisser pour réordonner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include private notes and status (internal use only)</source>
        <translation>Inclure les notes privées et le statut (usage interne uniquement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private notes, status and rank are for you and your team. Leave this off for a file you give to a visitor: it then carries only the notes for the recipient.</source>
        <translation>Les notes privées, le statut et le rang sont pour vous et votre équipe. Laissez cette case décochée pour un fichier remis à un visiteur : il ne contiendra alors que les notes pour le destinataire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember for this shortlist</source>
        <translation>Mémoriser pour cette sélection</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV separator:</source>
        <translation>Séparateur CSV :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the handout:</source>
        <translation>Langue du document :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortlist notes:</source>
        <translation>Notes de la sélection :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns (tick, drag to reorder):</source>
        <translation>Colonnes (cocher, glisser pour réordonner) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué : %1</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location line="-43"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../directory_app/qt/widgets/facet_panel.py" line="+45"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Only %1 — click to exclude</source>
        <translation>Uniquement %1 — cliquer pour exclure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluding %1 — click to clear</source>
        <translation>Sans %1 — cliquer pour effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to show only %1</source>
        <translation>Cliquer pour n’afficher que %1</translation>
    </message>
</context>
<context>
    <name>FacilityForm</name>
    <message>
        <location filename="../../directory_app/qt/widgets/facility_form.py" line="+68"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location precision</source>
        <translation>Précision de la localisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services as the source says</source>
        <translation>Services (selon la source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities as the source says</source>
        <translation>Modalités (selon la source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom grades</source>
        <translation>Classes de salle blanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanrooms as the source says</source>
        <translation>Salles blanches (selon la source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year opened</source>
        <translation>Année d’ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source quote</source>
        <translation>Citation de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Facility</source>
        <translation>Nouvel établissement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+208"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Find Coordinates from the Address</source>
        <translation>Trouver les coordonnées à partir de l’adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the postcode, else the city, up in the offline gazetteer</source>
        <translation>Chercher le code postal, à défaut la localité, dans l’index géographique hors ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place on the Map…</source>
        <translation>Placer sur la carte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a marker you can drag to the exact place</source>
        <translation>Afficher un marqueur à faire glisser jusqu’à l’emplacement exact</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I verified this against its source</source>
        <translation>J’ai confronté cette fiche à sa source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL of the source you checked</source>
        <translation>URL de la source consultée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked at</source>
        <translation>Source consultée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Verified on” becomes today only when you tick this and give the source.</source>
        <translation>« Vérifié le » ne passe à la date du jour que si vous cochez cette case et indiquez la source.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Give the web address of the source you checked.</source>
        <translation>Indiquez l’adresse web de la source consultée.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No place found for this postcode or city.</source>
        <translation>Aucun lieu trouvé pour ce code postal ou cette localité.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Placed at %1 (by %2).</source>
        <translation>Localisé à %1 (précision : %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>FacilityTableModel</name>
    <message>
        <location filename="../../directory_app/qt/models/facility_table.py" line="+309"/>
        <source>Approximate distance (location known to: %1)</source>
        <translation>Distance approximative (emplacement connu au niveau : %1)</translation>
    </message>
</context>
<context>
    <name>FacilityView</name>
    <message>
        <location filename="../../directory_app/qt/widgets/facility_view.py" line="+61"/>
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../directory_app/qt/import_wizard.py" line="+112"/>
        <source>Choose a file to import</source>
        <translation>Choisissez un fichier à importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV (any separator or encoding Excel writes), Excel workbook (.xlsx) or GeoJSON. Nothing is written until the last step.</source>
        <translation>CSV (quels que soient le séparateur et l’encodage utilisés par Excel), classeur Excel (.xlsx) ou GeoJSON. Rien n’est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets and GeoJSON (*.csv *.txt *.tsv *.xlsx *.geojson *.json);;All files (*)</source>
        <translation>Tableurs et GeoJSON (*.csv *.txt *.tsv *.xlsx *.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../directory_app/exporters/pdf_handout.py" line="+49"/>
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For {audience}</source>
        <translation>Pour {audience}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on {date}</source>
        <translation>Préparé le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers on the map are those of the facilities below.</source>
        <translation>Les numéros sur la carte sont ceux des établissements ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on the map (no location)</source>
        <translation>absent de la carte (pas de localisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom grades</source>
        <translation>Classes de salle blanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area} m²</source>
        <translation>{area} m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviser’s note</source>
        <translation>Note du conseiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal only</source>
        <translation>Usage interne uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited</source>
        <translation>Visité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: {url} · verified {date}</source>
        <translation>Source : {url} · vérifié le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: {url}</source>
        <translation>Source : {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No facilities.</source>
        <translation>Aucun établissement.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../directory_app/qt/import_cells.py" line="+51"/>
        <source>not a number (%1)</source>
        <translation>pas un nombre (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a whole number (%1)</source>
        <translation>pas un nombre entier (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date (%1)</source>
        <translation>pas une date (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Benelux country (%1)</source>
        <translation>pas un pays du Benelux (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown region (%1), left empty</source>
        <translation>région inconnue (%1), laissée vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new kind (%1), kept for review</source>
        <translation>nouveau type (%1), conservé pour vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known kind (%1); valid kinds: %2</source>
        <translation>type inconnu (%1) ; types valides : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known value (%1)</source>
        <translation>pas une valeur connue (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new term (%1), kept for review</source>
        <translation>nouveau terme (%1), conservé pour vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude and longitude were swapped; read the other way round</source>
        <translation>latitude et longitude étaient inversées ; lues dans l’autre sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no coordinates found for this postcode or city</source>
        <translation>aucune coordonnée trouvée pour ce code postal ou cette ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same facility as row %1: skipped</source>
        <translation>le même établissement qu’à la ligne %1 : ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same id (%1) as row %2, with different values: rows %2 and %3 must be one facility, or be told apart</source>
        <translation>le même identifiant (%1) qu’à la ligne %2, avec d’autres valeurs : les lignes %2 et %3 doivent être un seul établissement, ou être distinguées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same name and place as row %1, with different values: rows %1 and %2 must be one facility, or be told apart</source>
        <translation>le même nom et le même lieu qu’à la ligne %1, avec d’autres valeurs : les lignes %1 et %2 doivent être un seul établissement, ou être distinguées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>latitude and longitude go together</source>
        <translation>latitude et longitude vont ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region %1 is not in %2</source>
        <translation>la région %1 n’est pas en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates %1, %2 are outside %3</source>
        <translation>les coordonnées %1, %2 sont hors de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a postcode of %1 (%2)</source>
        <translation>pas un code postal de %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known value</source>
        <translation>pas une valeur connue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid</source>
        <translation>pas valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a web address</source>
        <translation>pas une adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an e-mail address</source>
        <translation>pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of range</source>
        <translation>hors limites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates outside the country</source>
        <translation>coordonnées hors du pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region not in the country</source>
        <translation>région hors du pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date in the future</source>
        <translation>date dans le futur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid (%1)</source>
        <translation>pas valide (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a web address (%1)</source>
        <translation>pas une adresse web (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an e-mail address (%1)</source>
        <translation>pas une adresse e-mail (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of range (%1)</source>
        <translation>hors limites (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date in the future (%1)</source>
        <translation>date dans le futur (%1)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../directory_app/qt/import_wizard.py" line="+430"/>
        <source>Import Facilities</source>
        <translation>Importer des établissements</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../directory_app/qt/main_window.py" line="+1250"/>
        <location filename="../../directory_app/qt/window_rest.py" line="+42"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../directory_app/qt/window_rest.py" line="+2"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="-1088"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1078"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="-1077"/>
        <location line="+1089"/>
        <source>Shortlists</source>
        <translation>Sélections</translation>
    </message>
    <message>
        <location line="-1088"/>
        <source>Your shortlists (Ctrl+3)</source>
        <translation>Vos sélections (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result as a list (Ctrl+1)</source>
        <translation>Le résultat sous forme de liste (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result on a map (Ctrl+2)</source>
        <translation>Le résultat sur une carte (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>&amp;Open Directory File…</source>
        <translation>&amp;Ouvrir un fichier d’annuaire…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or create another directory database file</source>
        <translation>Ouvrir ou créer un autre fichier d’annuaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a shortlist or the search result to Excel, CSV, GeoJSON or an offline HTML map</source>
        <translation>Écrire une sélection ou le résultat de recherche en Excel, CSV, GeoJSON ou carte HTML hors ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add facilities from a CSV, Excel or GeoJSON file, with a preview of every row&apos;s problems</source>
        <translation>Ajouter des établissements depuis un fichier CSV, Excel ou GeoJSON, avec un aperçu des problèmes de chaque ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print Handout…</source>
        <translation>&amp;Imprimer le document…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the handout of the shortlist on screen (or of the search result)</source>
        <translation>Imprimer le document de la sélection affichée (ou du résultat de recherche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Selected Rows</source>
        <translation>&amp;Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected facilities as tab-separated text</source>
        <translation>Copier les établissements sélectionnés en texte séparé par des tabulations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Details Pane</source>
        <translation>Afficher le panneau de &amp;détails</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a search: free text or the query language</source>
        <translation>Tapez une recherche : texte libre ou langage de requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;All Facilities</source>
        <translation>Afficher &amp;tous les établissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Search…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the current search in the side panel</source>
        <translation>Garder la recherche actuelle dans le panneau latéral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;Syntax</source>
        <translation>&amp;Syntaxe de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+488"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>Show &amp;List</source>
        <translation>Afficher la &amp;liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Map</source>
        <translation>Afficher la &amp;carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show on Ma&amp;p</source>
        <translation>Montrer sur la ca&amp;rte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the current facility on the map, with its popup</source>
        <translation>Montrer l’établissement actuel sur la carte, avec sa bulle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show S&amp;hortlists</source>
        <translation>Afficher les s&amp;élections</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add to Shortlist</source>
        <translation>&amp;Ajouter à la sélection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the selected facilities to the current shortlist</source>
        <translation>Ajouter les établissements sélectionnés à la sélection en cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Zoom Map to Results</source>
        <translation>&amp;Zoomer la carte sur les résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit the map to the facilities found</source>
        <translation>Ajuster la carte aux établissements trouvés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search &amp;This Map Area</source>
        <translation>Rechercher dans cette &amp;zone de la carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limit the search to the part of the map in view</source>
        <translation>Limiter la recherche à la partie visible de la carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;Online Map Tiles</source>
        <translation>Utiliser les tuiles de carte en &amp;ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download detailed map tiles from the tile server (tiles seen are kept for offline use)</source>
        <translation>Télécharger des tuiles détaillées depuis le serveur de tuiles (les tuiles vues sont conservées pour l’usage hors ligne)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tile &amp;Server…</source>
        <translation>&amp;Serveur de tuiles…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Directory App</source>
        <translation>À &amp;propos de Directory App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1002"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="-1001"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+999"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="-746"/>
        <source>Sources checked %1</source>
        <translation>Sources vérifiées %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources not checked</source>
        <translation>Sources non vérifiées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This directory file is open read-only (%1). You can browse, search and copy, but notes and saved searches cannot be stored.</source>
        <translation>Ce fichier d’annuaire est ouvert en lecture seule (%1). Vous pouvez parcourir, rechercher et copier, mais les notes et les recherches enregistrées ne peuvent pas être conservées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 of %2 facilities</source>
        <translation>%1 sur %2 établissements</translation>
    </message>
    <message numerus="yes">
        <location line="-311"/>
        <location line="+313"/>
        <source>%n facilities</source>
        <comment>1 facility</comment>
        <translation>
            <numerusform>%n établissement</numerusform>
            <numerusform>%n établissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Not checked yet · sources of %1</source>
        <translation>Pas encore vérifié · sources de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until someone checks a record (Mark as Verified Today), its freshness is the date of its source.
%1</source>
        <translation>Tant que personne ne vérifie une fiche (Marquer comme vérifiée aujourd’hui), c’est la date de sa source qui compte.
%1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No facility matches “%1”. Remove a filter, search wider than the current radius, or clear the search (Esc).</source>
        <translation>Aucun établissement ne correspond à « %1 ». Retirez un filtre, cherchez au-delà du rayon actuel ou effacez la recherche (Échap).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No facility matches “%1”. Remove a filter or clear the search (Esc).</source>
        <translation>Aucun établissement ne correspond à « %1 ». Retirez un filtre ou effacez la recherche (Échap).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 has no coordinates.</source>
        <translation>%1 n’a pas de coordonnées.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move the map to the area, then search it again.</source>
        <translation>Déplacez la carte vers la zone, puis relancez la recherche.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix the search text before searching on the map: %1</source>
        <translation>Corrigez le texte de recherche avant de chercher sur la carte : %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Fix the search text before using the filters: %1</source>
        <translation>Corrigez le texte de recherche avant d’utiliser les filtres : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a search first, then save it.</source>
        <translation>Tapez d’abord une recherche, puis enregistrez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Name of this search:</source>
        <translation>Nom de cette recherche :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A saved search called “%1” exists. Replace it?</source>
        <translation>Une recherche enregistrée nommée « %1 » existe. La remplacer ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename Saved Search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete Saved Search “%1”</source>
        <translation>Supprimer la recherche enregistrée « %1 »</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program could open %1.</source>
        <translation>Aucun programme n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>An offline directory of life-science incubators, accelerators, science parks and cell and gene therapy production sites in Belgium, the Netherlands and Luxembourg.</source>
        <translation>Un annuaire hors ligne des incubateurs, accélérateurs, parcs scientifiques et sites de production de thérapies cellulaires et géniques en sciences du vivant, en Belgique, aux Pays-Bas et au Luxembourg.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&amp;New Facility…</source>
        <translation>&amp;Nouvel établissement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a facility to the directory</source>
        <translation>Ajouter un établissement à l’annuaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Facility…</source>
        <translation>&amp;Modifier l’établissement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the current facility</source>
        <translation>Modifier l’établissement actuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Facility</source>
        <translation>&amp;Supprimer l’établissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the selected facilities to the trash (Ctrl+Z brings them back)</source>
        <translation>Placer les établissements sélectionnés dans la corbeille (Ctrl+Z les récupère)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bulk Edit…</source>
        <translation>Modification &amp;groupée…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a field for every selected facility at once</source>
        <translation>Définir un champ pour tous les établissements sélectionnés en une seule fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trash…</source>
        <translation>C&amp;orbeille…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore deleted facilities</source>
        <translation>Restaurer des établissements supprimés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the directory to the backup folder now</source>
        <translation>Copier dès maintenant l’annuaire dans le dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring the directory back to an earlier backup</source>
        <translation>Ramener l’annuaire à une sauvegarde antérieure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check Database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the database file and repair its search index</source>
        <translation>Vérifier le fichier de base de données et réparer son index de recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;view Edits That Differ from Newer Data…</source>
        <translation>E&amp;xaminer les modifications qui diffèrent des données plus récentes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where newer reference data changed what you had edited: keep yours or take the newer data</source>
        <translation>Là où des données de référence plus récentes ont changé ce que vous aviez modifié : garder votre valeur ou prendre les données plus récentes</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Drag the orange marker to the facility&apos;s place.</source>
        <translation>Faites glisser le marqueur orange jusqu’à l’emplacement de l’établissement.</translation>
    </message>
    <message>
        <location line="-622"/>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <location line="-426"/>
        <source>&amp;Download the Detailed Map of This Area…</source>
        <translation>&amp;Télécharger la carte détaillée de cette zone…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download the detailed map of the visible area for offline use (before a trip, while online): the size first, then progress; Cancel keeps what is stored</source>
        <translation>Télécharger la carte détaillée de la zone visible pour l’usage hors ligne (avant un voyage, en ligne) : la taille d’abord, puis la progression ; Annuler garde ce qui est enregistré</translation>
    </message>
    <message>
        <location line="+427"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+505"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This directory is open read-only.</source>
        <translation>Cet annuaire est ouvert en lecture seule.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+129"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Tick at least one column to export.</source>
        <translation>Cochez au moins une colonne à exporter.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+2"/>
        <source>Search result</source>
        <translation>Résultat de recherche</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing to print: the list is empty.</source>
        <translation>Rien à imprimer : la liste est vide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>Print Handout</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être lancée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handout sent to the printer</source>
        <translation>Document envoyé à l’imprimante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 facilities written to %2</source>
        <translation>%1 établissements écrits dans %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Search Syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Note not saved: %1</source>
        <translation>Note non enregistrée : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note saved</source>
        <translation>Note enregistrée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open or create a directory file</source>
        <translation>Ouvrir ou créer un fichier d’annuaire</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n rows copied</source>
        <comment>1 row copied</comment>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About Directory App</source>
        <translation>À propos de Directory App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory App %1</source>
        <translation>Directory App %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data and licences</source>
        <translation>Données et licences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database file: %1</source>
        <translation>Fichier de base de données : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find &amp;Not Recently Verified…</source>
        <translation>Trouver les &amp;non vérifiés récemment…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilities not checked against their source for more than a number of months</source>
        <translation>Établissements non confrontés à leur source depuis plus d’un certain nombre de mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the &amp;Data</source>
        <translation>À propos des &amp;données</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text or the query language; the list and the map show what matches</source>
        <translation>Texte libre ou langage de requête ; la liste et la carte montrent les correspondances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilities found</source>
        <translation>Établissements trouvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search result as a list; the same facilities as on the map, one per row</source>
        <translation>Le résultat de recherche sous forme de liste ; les mêmes établissements que sur la carte, un par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search result on a map. The list holds the same facilities and is its accessible twin: Ctrl+1 shows it, Ctrl+M shows the current facility on the map.</source>
        <translation>Le résultat de recherche sur une carte. La liste contient les mêmes établissements et en est le jumeau accessible : Ctrl+1 l’affiche, Ctrl+M montre l’établissement actuel sur la carte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details of the current facility</source>
        <translation>Détails de l’établissement actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field, the source, when it was verified, and your note</source>
        <translation>Tous les champs, la source, la date de vérification et votre note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts per value; Enter or a click adds or removes a filter</source>
        <translation>Nombres par valeur ; Entrée ou un clic ajoute ou retire un filtre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your shortlists and their facilities, with status, rank and note</source>
        <translation>Vos sélections et leurs établissements, avec statut, rang et note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result views: list, map, shortlists</source>
        <translation>Vues du résultat : liste, carte, sélections</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not Recently Verified</source>
        <translation>Non vérifiés récemment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities not verified for more than (months):</source>
        <translation>Établissements non vérifiés depuis plus de (mois) :</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../directory_app/qt/map_controller.py" line="+156"/>
        <location line="+216"/>
        <source>The map could not be updated: %1</source>
        <translation>La carte n’a pas pu être mise à jour : %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open details</source>
        <translation>Ouvrir les détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to shortlist</source>
        <translation>Ajouter à la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to results</source>
        <translation>Zoomer sur les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search this area</source>
        <translation>Rechercher dans cette zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search near here</source>
        <translation>Rechercher près d’ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within {km} km</source>
        <translation>dans un rayon de {km} km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on the map (no coordinates)</source>
        <translation>Absent de la carte (pas de coordonnées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag me to the facility&apos;s place</source>
        <translation>Faites-moi glisser jusqu’à l’emplacement de l’établissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No detailed map of this area offline — Map › Download the Detailed Map of This Area…</source>
        <translation>Pas de carte détaillée de cette zone hors ligne — Carte › Télécharger la carte détaillée de cette zone…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No detailed map of this area in this file</source>
        <translation>Pas de carte détaillée de cette zone dans ce fichier</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The map page could not be loaded.</source>
        <translation>La page de la carte n’a pas pu être chargée.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+9"/>
        <source>Tile Server</source>
        <translation>Serveur de tuiles</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>URL of the online map tiles, with {z}, {x} and {y} (OpenStreetMap by default):</source>
        <translation>URL des tuiles de carte en ligne, avec {z}, {x} et {y} (OpenStreetMap par défaut) :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a tile URL: %1</source>
        <translation>Ce n’est pas une URL de tuiles : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download the Detailed Map of This Area</source>
        <translation>Télécharger la carte détaillée de cette zone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the map and move it to the area first.</source>
        <translation>Ouvrez d’abord la carte et déplacez-la vers la zone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on online map tiles first (Map › Use Online Map Tiles), with network.</source>
        <translation>Activez d’abord les tuiles en ligne (Carte › Utiliser les tuiles de carte en ligne), avec une connexion réseau.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Offline map: basemap only</source>
        <translation>Carte hors ligne : fond de carte seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline map ready to zoom %1</source>
        <translation>Carte hors ligne prête jusqu’au zoom %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · detailed map of this area: %1% stored</source>
        <translation> · carte détaillée de cette zone : %1 % enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · online tiles on</source>
        <translation> · tuiles en ligne activées</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../directory_app/qt/widgets/map_view.py" line="+167"/>
        <source>Map of the search result</source>
        <translation>Carte du résultat de recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list shows the same facilities and is the map&apos;s accessible twin (Ctrl+1).</source>
        <translation>La liste montre les mêmes établissements et est le jumeau accessible de la carte (Ctrl+1).</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../directory_app/qt/import_wizard.py" line="-404"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what each column holds. Columns set to “Not imported” are left out.</source>
        <translation>Vérifiez le contenu de chaque colonne. Les colonnes réglées sur « Non importée » sont laissées de côté.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: CSV, %2, separator %3</source>
        <translation>%1 : CSV, %2, séparateur %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field for column %1</source>
        <translation>Champ pour la colonne %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the column that holds the facility&apos;s name.</source>
        <translation>Choisissez la colonne qui contient le nom de l’établissement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several columns are imported as: %1</source>
        <translation>Plusieurs colonnes sont importées comme : %1</translation>
    </message>
</context>
<context>
    <name>NameAndPurposeDialog</name>
    <message>
        <location filename="../../directory_app/qt/dialogs.py" line="+118"/>
        <source>e.g. Boston delegation, March</source>
        <translation>p. ex. Délégation de Boston, mars</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Visit of the Boston biotech delegation, 12-14 March</source>
        <translation>p. ex. Visite de la délégation biotech de Boston, 12-14 mars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed under the title of the handout and the HTML map</source>
        <translation>Imprimé sous le titre du document et de la carte HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose or visitor:</source>
        <translation>&amp;Objet ou visiteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The purpose is printed on handouts; you can change it later.</source>
        <translation>L’objet est imprimé sur les documents ; vous pourrez le modifier plus tard.</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <location filename="../../directory_app/qt/open_database.py" line="+29"/>
        <source>The directory file %1 is damaged or is not a SQLite database.</source>
        <translation>Le fichier d’annuaire %1 est endommagé ou n’est pas une base de données SQLite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file will be kept as it is. You can start again from the built-in data (the damaged file is renamed, not deleted) or open another file.</source>
        <translation>Le fichier sera conservé tel quel. Vous pouvez repartir des données intégrées (le fichier endommagé est renommé, pas supprimé) ou ouvrir un autre fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The directory file %1 was written by a newer version of this application.</source>
        <translation>Le fichier d’annuaire %1 a été écrit par une version plus récente de cette application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was not changed. Install the newer version, or open another file.</source>
        <translation>Il n’a pas été modifié. Installez la version plus récente ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is a SQLite database, but not a directory made by this application.</source>
        <translation>Le fichier %1 est une base de données SQLite, mais pas un annuaire créé par cette application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was not changed. Choose another file.</source>
        <translation>Il n’a pas été modifié. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The directory file %1 cannot be opened.</source>
        <translation>Le fichier d’annuaire %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Empty file</source>
        <translation>Fichier vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 is empty (0 bytes). Create a new directory in it, from the built-in data?</source>
        <translation>Le fichier %1 est vide (0 octet). Y créer un nouvel annuaire à partir des données intégrées ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a new directory</source>
        <translation>Créer un nouvel annuaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been written to it yet.</source>
        <translation>Rien n’y a encore été écrit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built-in data unreadable</source>
        <translation>Données intégrées illisibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s built-in data cannot be read: %1</source>
        <translation>Les données intégrées de l’application ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+31"/>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again from built-in data</source>
        <translation>Repartir des données intégrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the directory</source>
        <translation>Impossible d’ouvrir l’annuaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory could not be restored here: %1</source>
        <translation>L’annuaire n’a pas pu être restauré ici : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Directory restored</source>
        <translation>Annuaire restauré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new directory was created from the built-in data. The damaged file was kept as %1.</source>
        <translation>Un nouvel annuaire a été créé à partir des données intégrées. Le fichier endommagé a été conservé sous %1.</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+48"/>
        <source>Open or create a directory file</source>
        <translation>Ouvrir ou créer un fichier d’annuaire</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <location filename="../../directory_app/qt/output_guard.py" line="+22"/>
        <source>“%1” is the open directory database.</source>
        <translation>« %1 » est la base de données de l’annuaire ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” belongs to the open directory database (it is one of SQLite&apos;s working files).</source>
        <translation>« %1 » appartient à la base de données de l’annuaire ouverte (c’est un des fichiers de travail de SQLite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is in the backup folder; backups are never overwritten.</source>
        <translation>« %1 » se trouve dans le dossier de sauvegarde ; les sauvegardes ne sont jamais écrasées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is the file being imported.</source>
        <translation>« %1 » est le fichier en cours d’importation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a file this command reads.</source>
        <translation>« %1 » est un fichier que cette commande lit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a file the application needs.</source>
        <translation>« %1 » est un fichier dont l’application a besoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>« %1 » est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a regular file (a device, a pipe or a socket).</source>
        <translation>« %1 » n’est pas un fichier ordinaire (un périphérique, un tube ou un socket).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written: choose another file name.</source>
        <translation>Rien n’a été écrit : choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>OverrideConflictsDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/override_conflicts_dialog.py" line="+51"/>
        <source>Your Edits and the Newer Data</source>
        <translation>Vos modifications et les données plus récentes</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Newer reference data differs from your edits of %n facilities. Your values are in force and are kept unless you choose “Take the newer data” or “Move to trash”.</source>
        <comment>Newer reference data differs from your edits of 1 facility. Your values are in force and are kept unless you choose “Take the newer data” or “Move to trash”.</comment>
        <translation>
            <numerusform>Des données de référence plus récentes diffèrent de vos modifications pour %n établissement. Vos valeurs restent en vigueur et sont conservées, sauf si vous choisissez « Prendre les données plus récentes » ou « Mettre à la corbeille ».</numerusform>
            <numerusform>Des données de référence plus récentes diffèrent de vos modifications pour %n établissements. Vos valeurs restent en vigueur et sont conservées, sauf si vous choisissez « Prendre les données plus récentes » ou « Mettre à la corbeille ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The whole facility</source>
        <translation>L’établissement entier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your edited copy</source>
        <translation>Votre version modifiée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No longer listed</source>
        <translation>N’y figure plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as my own</source>
        <translation>Garder comme le mien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the newer data</source>
        <translation>Prendre les données plus récentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newer data</source>
        <translation>Données plus récentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OverrideNotice</name>
    <message>
        <location line="+28"/>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>OverrideReview</name>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n of your edits differ from newer reference data; your values are kept. Review them here or later with Edit › %1</source>
        <comment>1 of your edits differs from newer reference data; your value is kept. Review it here or later with Edit › %1</comment>
        <translation>
            <numerusform>%n de vos modifications diffère des données de référence plus récentes ; votre valeur est conservée. Examinez-la ici ou plus tard avec Édition › %1</numerusform>
            <numerusform>%n de vos modifications diffèrent des données de référence plus récentes ; vos valeurs sont conservées. Examinez-les ici ou plus tard avec Édition › %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your edits agree with the newer data: nothing to review.</source>
        <translation>Vos modifications concordent avec les données plus récentes : rien à examiner.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not every choice could be applied: %1</source>
        <translation>Tous les choix n’ont pas pu être appliqués : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Take %n Values from Newer Data</source>
        <comment>Take 1 Value from Newer Data</comment>
        <translation>
            <numerusform>Prendre %n valeur des données plus récentes</numerusform>
            <numerusform>Prendre %n valeurs des données plus récentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your values are kept; the newer data will not be asked about again.</source>
        <translation>Vos valeurs sont conservées ; ces données plus récentes ne seront plus proposées.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../directory_app/qt/preferences.py" line="+56"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the application</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tile server address</source>
        <translation>Adresse du serveur de tuiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An address with {z}, {x} and {y}</source>
        <translation>Une adresse avec {z}, {x} et {y}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map tile cache size</source>
        <translation>Taille du cache de tuiles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Semicolon (;) — Excel in Belgium and the Netherlands</source>
        <translation>Point-virgule (;) — Excel en Belgique et aux Pays-Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the application</source>
        <translation>Comme l’application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of handouts</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default location</source>
        <translation>Emplacement par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory file opened at start</source>
        <translation>Fichier d’annuaire ouvert au démarrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next to the directory file</source>
        <translation>À côté du fichier d’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+33"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The main window reopens in the new language.</source>
        <translation>La fenêtre principale se rouvre dans la nouvelle langue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tile server:</source>
        <translation>Serveur de &amp;tuiles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tile &amp;cache size:</source>
        <translation>Taille du &amp;cache :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV &amp;separator:</source>
        <translation>&amp;Séparateur CSV :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handout language:</source>
        <translation>Langue des &amp;documents :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Directory file:</source>
        <translation>&amp;Fichier d’annuaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup folder:</source>
        <translation>Dossier de &amp;sauvegarde :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new directory file is opened when the application starts again.</source>
        <translation>Un nouveau fichier d’annuaire est ouvert au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for %1</source>
        <translation>Parcourir : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Directory file</source>
        <translation>Fichier d’annuaire</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../directory_app/qt/import_wizard.py" line="+19"/>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row was read, checked and compared with the directory. Nothing is written yet.</source>
        <translation>Chaque ligne a été lue, vérifiée et comparée à l’annuaire. Rien n’est encore écrit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Rejected Rows as CSV…</source>
        <translation>Enregistrer les lignes rejetées en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values this directory does not know. Choose what each one means, or leave its rows out:</source>
        <translation>Valeurs que cet annuaire ne connaît pas. Choisissez ce que chacune signifie, ou laissez ses lignes de côté :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the other rows and leave the rejected ones out</source>
        <translation>Importer les autres lignes et laisser de côté les lignes rejetées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading every row…</source>
        <translation>Lecture de toutes les lignes…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file cannot be imported: %1</source>
        <translation>Le fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2, %3, %4.</source>
        <comment>rows read: new, matching, rejected</comment>
        <translation>%1 : %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows read</source>
        <comment>1 row read</comment>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <comment>1 new</comment>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n matching a facility already in the directory</source>
        <comment>1 matching a facility already in the directory</comment>
        <translation>
            <numerusform>%n correspondant à un établissement déjà présent dans l’annuaire</numerusform>
            <numerusform>%n correspondant à un établissement déjà présent dans l’annuaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n rejected</source>
        <comment>1 rejected</comment>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new terms will be kept for review.</source>
        <comment>1 new term will be kept for review.</comment>
        <translation>
            <numerusform>%n nouveau terme sera conservé pour vérification.</numerusform>
            <numerusform>%n nouveaux termes seront conservés pour vérification.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leave its rows out</source>
        <translation>Laisser ses lignes de côté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1 as</source>
        <translation>Importer %1 comme</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n rejected rows saved.</source>
        <comment>1 rejected row saved.</comment>
        <translation>
            <numerusform>%n ligne rejetée enregistrée.</numerusform>
            <numerusform>%n lignes rejetées enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-65"/>
        <source>(warning) %1</source>
        <translation>(avertissement) %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Save Rejected Rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
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
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../directory_app/qt/updates_ui.py" line="+517"/>
        <source>Publish Update</source>
        <translation>Publier une mise à jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>Folder to publish to</source>
        <translation>Dossier de publication</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the folder to publish to</source>
        <translation>Choisir le dossier de publication</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is new, for the people who update (optional)</source>
        <translation>Ce qui est nouveau, pour ceux qui mettent à jour (facultatif)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Release notes:</source>
        <translation>&amp;Notes de version :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key:</source>
        <translation>Clé de signature :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next version goes into the folder (with the changes since the version it holds). Serve the folder with any web server, or copy it to a share or a USB stick.</source>
        <translation>La version suivante est écrite dans le dossier (avec les changements depuis la version qu&apos;il contient). Servez le dossier avec n&apos;importe quel serveur web, ou copiez-le sur un partage ou une clé USB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../directory_app/qt/curation_controller.py" line="-176"/>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
</context>
<context>
    <name>QueryChips</name>
    <message>
        <location filename="../../directory_app/qt/widgets/query_chips.py" line="+65"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Near %1 (%2 km)</source>
        <translation>Près de %1 (%2 km)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modality: %1</source>
        <translation>Modalité : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleanroom: %1</source>
        <translation>Salle blanche : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>Région : %1</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>without %1</source>
        <translation>sans %1</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>any of the words</source>
        <translation>l’un des mots</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a wider radius</source>
        <translation>un rayon plus large</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broader terms</source>
        <translation>des termes plus larges</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Remove “%1” from the search</source>
        <translation>Retirer « %1 » de la recherche</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Understood as:</source>
        <translation>Compris comme :</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Left out: nothing matches it together with the rest</source>
        <translation>Laissé de côté : rien n’y correspond avec le reste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exact match for “%1”; showing facilities that match %2 (%3).</source>
        <translation>Aucun résultat exact pour « %1 » ; voici les installations qui correspondent à %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anything</source>
        <translation>tout</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Showing results for %1</source>
        <translation>Résultats pour %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Search instead for %1</source>
        <translation>Rechercher plutôt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../../directory_app/qt/query_errors.py" line="+19"/>
        <source>Unknown field &apos;%1&apos;. Fields: %2.</source>
        <translation>Champ inconnu « %1 ». Champs : %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown %1 &apos;%2&apos;. Did you mean %3? Valid values: %4.</source>
        <translation>Valeur inconnue pour %1 : « %2 ». Vouliez-vous dire %3 ? Valeurs possibles : %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown %1 &apos;%2&apos;. Valid values: %3.</source>
        <translation>Valeur inconnue pour %1 : « %2 ». Valeurs possibles : %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; needs something on both sides.</source>
        <translation>« %1 » demande quelque chose des deux côtés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected a search term before &apos;%1&apos;.</source>
        <translation>Un terme de recherche est attendu avant « %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a search term.</source>
        <translation>Un terme de recherche est attendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; needs something to exclude.</source>
        <translation>« %1 » demande quelque chose à exclure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The query is nested too deeply.</source>
        <translation>La requête est trop imbriquée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing &apos;)&apos;.</source>
        <translation>« ) » manquante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty parentheses.</source>
        <translation>Parenthèses vides.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation>« %1 » inattendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1:&apos; needs a value.</source>
        <translation>« %1: » demande une valeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;near:&apos; takes a place, not a comparison.</source>
        <translation>« near: » attend un lieu, pas une comparaison.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;within:&apos; takes a distance such as 30km.</source>
        <translation>« within: » attend une distance, p. ex. 30km.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;within:&apos; must be between 0 and %1 km.</source>
        <translation>« within: » doit être compris entre 0 et %1 km.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;box:&apos; takes south,west,north,east in degrees, e.g. %1.</source>
        <translation>« box: » attend sud,ouest,nord,est en degrés, p. ex. %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;stale:&apos; takes a number of months from 1 to %1, e.g. stale:12.</source>
        <translation>« stale: » attend un nombre de mois de 1 à %1, p. ex. stale:12.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1:&apos; takes a number, e.g. %2.</source>
        <translation>« %1: » attend un nombre, p. ex. %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1:&apos; takes a date: 2025, 2025-06 or 2025-06-30.</source>
        <translation>« %1: » attend une date : 2025, 2025-06 ou 2025-06-30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1:&apos; cannot be compared with %2.</source>
        <translation>« %1: » ne peut pas être comparé avec %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1:&apos; needs a value with letters or digits.</source>
        <translation>« %1: » demande une valeur avec des lettres ou des chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;within:&apos; needs a &apos;near:&apos; place in the same group.</source>
        <translation>« within: » demande un lieu « near: » dans le même groupe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The query is too long (more than %1 characters).</source>
        <translation>La requête est trop longue (plus de %1 caractères).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The query has too many terms (more than %1).</source>
        <translation>La requête compte trop de termes (plus de %1).</translation>
    </message>
</context>
<context>
    <name>ReviewCorrectionsDialog</name>
    <message>
        <location filename="../../directory_app/qt/corrections_ui.py" line="-173"/>
        <location line="+128"/>
        <source>Review Corrections</source>
        <translation>Examiner les corrections</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed value</source>
        <translation>Valeur proposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import File…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept as New</source>
        <translation>Accepter comme nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into the Duplicate</source>
        <translation>Fusionner avec le doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changes sent by advisers, waiting for your review: %1. Nothing is applied until you accept it; an accepted change is your edit and goes into the next published update.</source>
        <translation>Modifications envoyées par les conseillers, en attente de votre examen : %1. Rien n’est appliqué avant que vous ne l’acceptiez ; une modification acceptée devient la vôtre et entre dans la prochaine mise à jour publiée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New facility</source>
        <translation>Nouvel établissement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Likely duplicate of %1 (%2)</source>
        <translation>Doublon probable de %1 (%2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import Corrections</source>
        <translation>Importer des corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections files (*.json)</source>
        <translation>Fichiers de corrections (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 changes from %2 are waiting for your review (%3 were there already).</source>
        <translation>%1 modifications de %2 attendent votre examen (%3 y étaient déjà).</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../directory_app/qt/import_wizard.py" line="+40"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported from %1 in one step.</source>
        <translation>Importé depuis %1 en une seule étape.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read: %1</source>
        <translation>Lignes lues : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: %1</source>
        <translation>Ajoutés : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: %1</source>
        <translation>Mis à jour : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates skipped or unchanged: %1</source>
        <translation>Doublons ignorés ou inchangés : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: %1</source>
        <translation>Lignes rejetées : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New terms kept for review: %1</source>
        <translation>Nouveaux termes conservés pour vérification : %1</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <location filename="../../directory_app/qt/widgets/saved_searches_panel.py" line="+26"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None yet: Ctrl+S saves a search</source>
        <translation>Aucune : Ctrl+S en enregistre une</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../directory_app/qt/widgets/search_bar.py" line="+30"/>
        <source>Search: free text, a place (Gent, Liège…), or e.g. kind:incubator grade:B near:Leuven within:30km</source>
        <translation>Recherche : texte libre, un lieu (Gand, Liège…) ou p. ex. kind:incubator grade:B near:Leuven within:30km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text and field:value terms; press F1 for the list of fields.</source>
        <translation>Texte libre et termes champ:valeur ; appuyez sur F1 pour la liste des champs.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(at character %1)</source>
        <translation>(au caractère %1)</translation>
    </message>
</context>
<context>
    <name>SendCorrectionsDialog</name>
    <message>
        <location filename="../../directory_app/qt/corrections_ui.py" line="-207"/>
        <location line="+38"/>
        <source>Send Corrections</source>
        <translation>Envoyer des corrections</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Your edits of reference facilities: %1 (of %2 facilities). Facilities you added: %3.</source>
        <translation>Vos modifications d’établissements de référence : %1 (sur %2 établissements). Établissements que vous avez ajoutés : %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The corrections file holds your edits of reference facilities (each field with its old and new value and when you changed it, and the source when you changed it) and the facilities you added, with their sources. Send it to your curators: they review each change before it goes into the next update.</source>
        <translation>Le fichier de corrections contient vos modifications d’établissements de référence (chaque champ avec son ancienne et sa nouvelle valeur et la date de la modification, et la source si vous l’avez modifiée) et les établissements que vous avez ajoutés, avec leurs sources. Envoyez-le à vos curateurs : ils examinent chaque modification avant qu’elle n’entre dans la prochaine mise à jour.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your private notes, shortlists and saved searches do not go into the file.</source>
        <translation>Vos notes privées, listes restreintes et recherches enregistrées ne vont pas dans le fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Corrections files (*.json)</source>
        <translation>Fichiers de corrections (*.json)</translation>
    </message>
</context>
<context>
    <name>ShareConflictsDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/share_conflicts_dialog.py" line="+32"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the recipient</source>
        <translation>Note pour le destinataire</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Differences in the Imported Shortlist</source>
        <translation>Différences dans la sélection importée</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The file has other values than yours for %n facilities on “%1”. Your values are kept unless you choose “Take theirs”.</source>
        <comment>The file has other values than yours for 1 facility on “%1”. Your values are kept unless you choose “Take theirs”.</comment>
        <translation>
            <numerusform>Le fichier contient d’autres valeurs que les vôtres pour %n établissement de « %1 ». Vos valeurs sont conservées, sauf si vous choisissez « Prendre la leur ».</numerusform>
            <numerusform>Le fichier contient d’autres valeurs que les vôtres pour %n établissements de « %1 ». Vos valeurs sont conservées, sauf si vous choisissez « Prendre la leur ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep All Mine</source>
        <translation>Garder toutes les miennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose All Theirs</source>
        <translation>Choisir toutes les leurs</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../directory_app/qt/help_dialogs.py" line="-359"/>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Inser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up</source>
        <translation>Page préc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Down</source>
        <translation>Page suiv.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tab and Shift+Tab move between the search box, filters, list, map and details; the arrow keys move within them; Enter opens; Esc clears the search.</source>
        <translation>Tab et Maj+Tab passent de la zone de recherche aux filtres, à la liste, à la carte et aux détails ; les flèches s’y déplacent ; Entrée ouvre ; Échap efface la recherche.</translation>
    </message>
</context>
<context>
    <name>ShortlistController</name>
    <message>
        <location filename="../../directory_app/qt/shortlist_controller.py" line="+109"/>
        <source>New Shortlist</source>
        <translation>Nouvelle sélection</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Added %1 to “%2”</source>
        <translation>%1 ajouté(s) à « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already on “%1”</source>
        <translation>Déjà dans « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from Shortlist</source>
        <translation>Retirer de la sélection</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Delete Shortlist</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete the shortlist “%1” (%2 facilities)? You can undo this with Ctrl+Z.</source>
        <translation>Supprimer la sélection « %1 » (%2 établissements) ? Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Rename Shortlist</source>
        <translation>Renommer la sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shortlist Purpose</source>
        <translation>Objet de la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is it for, and why (shown on handouts):</source>
        <translation>Pour qui, et pourquoi (figure sur les documents) :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose 2 to 4 facilities that are in the directory.</source>
        <translation>Choisissez de 2 à 4 établissements présents dans l’annuaire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Export Shortlist</source>
        <translation>Exporter la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file carries the order and the notes for the recipient. Include your status, rank and private notes as well?</source>
        <translation>Le fichier contient l’ordre et les notes pour le destinataire. Y joindre aussi vos statuts, rangs et notes privées ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without Private Notes</source>
        <translation>Sans notes privées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include Private Notes and Status</source>
        <translation>Avec notes privées et statuts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write the file: %1</source>
        <translation>Impossible d’écrire le fichier : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortlist saved to %1</source>
        <translation>Sélection enregistrée dans %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Import Shortlist</source>
        <translation>Importer une sélection</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The shortlist file could not be imported; nothing was changed.

%1</source>
        <translation>Le fichier de sélection n’a pas pu être importé ; rien n’a été modifié.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shortlist file could not be imported.</source>
        <translation>Le fichier de sélection n’a pas pu être importé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported “%1”: %2 added</source>
        <translation>« %1 » importée : %2 ajoutés</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n values differ from yours (yours are kept)</source>
        <comment>1 value differs from yours (yours is kept)</comment>
        <translation>
            <numerusform>%n valeur diffère de la vôtre (la vôtre est conservée)</numerusform>
            <numerusform>%n valeurs diffèrent des vôtres (les vôtres sont conservées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n values taken from the file</source>
        <comment>1 value taken from the file</comment>
        <translation>
            <numerusform>%n valeur reprise du fichier</numerusform>
            <numerusform>%n valeurs reprises du fichier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistItemsModel</name>
    <message>
        <location filename="../../directory_app/qt/models/shortlist_items.py" line="+40"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the recipient</source>
        <translation>Note pour le destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A team update withdrew this facility from the directory on %1; it stays on your shortlist with its last known data.</source>
        <translation>Une mise à jour d&apos;équipe a retiré cet établissement de l&apos;annuaire le %1 ; il reste sur votre sélection avec ses dernières données connues.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private: left out of exports unless you include private notes</source>
        <translation>Privé : absent des exports, sauf si vous incluez les notes privées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (withdrawn from the directory)</source>
        <translation>%1 (retiré de l&apos;annuaire)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (no longer in the directory)</source>
        <translation>%1 (ne figure plus dans l’annuaire)</translation>
    </message>
</context>
<context>
    <name>ShortlistPanel</name>
    <message>
        <location filename="../../directory_app/qt/widgets/shortlist_panel.py" line="+69"/>
        <source>Shortlist</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Purpose…</source>
        <translation>Modifier l’objet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in List</source>
        <translation>Afficher dans la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export for a Colleague…</source>
        <translation>Exporter pour un collègue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from a Colleague…</source>
        <translation>Importer d’un collègue…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Shortlist</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facilities on the shortlist</source>
        <translation>Établissements de la sélection</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare 2 to 4 selected facilities side by side</source>
        <translation>Comparer côte à côte de 2 à 4 établissements sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from Shortlist</source>
        <translation>Retirer de la sélection</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shortlist:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag facilities here from the list, or press %1 there.</source>
        <translation>Faites glisser des établissements ici depuis la liste, ou appuyez sur %1 dans celle-ci.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../directory_app/qt/widgets/trash_dialog.py" line="+43"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Deleted facilities stay here until you empty the trash.</source>
        <translation>Les établissements supprimés restent ici jusqu’à ce que vous vidiez la corbeille.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
</context>
<context>
    <name>UpdatePlanDialog</name>
    <message>
        <location filename="../../directory_app/qt/updates_ui.py" line="-90"/>
        <source>Update Available</source>
        <translation>Mise à jour disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: version %2 of %3, from %4</source>
        <translation>%1 : version %2 du %3, de %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Release notes: %1</source>
        <translation>Notes de version : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the update changes</source>
        <translation>Ce que la mise à jour change</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup is made first. Your notes, shortlists, saved searches, own facilities and edits stay.</source>
        <translation>Une sauvegarde est faite d&apos;abord. Vos notes, sélections, recherches enregistrées, établissements propres et modifications restent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply Update</source>
        <translation>&amp;Appliquer la mise à jour</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location line="-364"/>
        <source>Data: team update version %1 of %2, published by key %3 (installed %4)</source>
        <translation>Données : mise à jour d&apos;équipe version %1 du %2, publiée avec la clé %3 (installée le %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data: shipped with the application; no team update installed</source>
        <translation>Données : fournies avec l&apos;application ; aucune mise à jour d&apos;équipe installée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: shipped data of %1; no team update installed</source>
        <translation>Données : données fournies du %1 ; aucune mise à jour d&apos;équipe installée</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>%2 in %3 (%1)</source>
        <translation>%2 en %3 (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 new, %2 changed, %3 removed</source>
        <translation>%1 nouveaux, %2 modifiés, %3 retirés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed fields: %1</source>
        <translation>Champs modifiés : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts with your edits (your values stay; review them afterwards):</source>
        <translation>Conflits avec vos modifications (vos valeurs restent ; examinez-les ensuite) :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: leaves the directory; you edited it, so it stays as your own</source>
        <translation>%1 : quitte l&apos;annuaire ; vous l&apos;avez modifié, il reste donc comme le vôtre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On your shortlists and withdrawn from the directory (they stay there, marked, with their last known data):</source>
        <translation>Sur vos sélections et retirés de l&apos;annuaire (ils y restent, marqués, avec leurs dernières données connues) :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left alone: %1 facilities you deleted or made your own</source>
        <translation>Laissés tels quels : %1 établissements que vous avez supprimés ou faits vôtres</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 sur %3</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <location line="+24"/>
        <source>Check for &amp;Updates…</source>
        <translation>Rechercher des mises à &amp;jour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the newest version of the directory from the update sources</source>
        <translation>Récupérer la version la plus récente de l&apos;annuaire auprès des sources de mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish Up&amp;date…</source>
        <translation>P&amp;ublier une mise à jour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the directory as a signed update into a folder (curators)</source>
        <translation>Écrire l&apos;annuaire comme mise à jour signée dans un dossier (curateurs)</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+19"/>
        <location line="+41"/>
        <source>Check for Updates</source>
        <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No update source is set. Add the address or folder your curators publish to in Edit › Preferences › Updates.</source>
        <translation>Aucune source de mise à jour n&apos;est définie. Ajoutez l&apos;adresse ou le dossier où vos curateurs publient dans Édition › Préférences › Mises à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking for updates…</source>
        <translation>Recherche de mises à jour…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check for updates cancelled; nothing was changed. What was downloaded is kept for the next try.</source>
        <translation>Recherche de mises à jour annulée ; rien n&apos;a été modifié. Ce qui a été téléchargé est conservé pour le prochain essai.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No update source could be reached; you may be offline. Nothing was changed; check again when you are online.</source>
        <translation>Aucune source de mise à jour n&apos;a pu être atteinte ; vous êtes peut-être hors ligne. Rien n&apos;a été modifié ; réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This directory trusts no publisher key yet: add your curators&apos; public key (.pub) in Edit › Preferences › Updates, then check again.</source>
        <translation>Cet annuaire ne fait encore confiance à aucune clé d&apos;éditeur : ajoutez la clé publique (.pub) de vos curateurs dans Édition › Préférences › Mises à jour, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The update was refused: %1</source>
        <translation>La mise à jour a été refusée : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This directory file is open read-only.</source>
        <translation>Ce fichier d&apos;annuaire est ouvert en lecture seule.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The directory is up to date: version %1 of %2.</source>
        <translation>L&apos;annuaire est à jour : version %1 du %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Apply Update</source>
        <translation>Appliquer la mise à jour</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Applying the update…</source>
        <translation>Application de la mise à jour…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The update was not applied; nothing was changed: %1</source>
        <translation>La mise à jour n&apos;a pas été appliquée ; rien n&apos;a été modifié : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updated to version %1 (%2) from %3.</source>
        <translation>Mis à jour vers la version %1 (%2) de %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of your edited facilities differ from the update; your values were kept.</source>
        <translation>%1 de vos établissements modifiés diffèrent de la mise à jour ; vos valeurs ont été conservées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Review Now</source>
        <translation>&amp;Examiner maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Version %1 of the directory is available: File › %2</source>
        <translation>La version %1 de l&apos;annuaire est disponible : Fichier › %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+24"/>
        <source>Publish Update</source>
        <translation>Publier une mise à jour</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Publishing the directory…</source>
        <translation>Publication de l&apos;annuaire…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was published: %1</source>
        <translation>Rien n&apos;a été publié : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 (%2 facilities) published to %3, signed with key %4.</source>
        <translation>Version %1 (%2 établissements) publiée dans %3, signée avec la clé %4.</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location line="-761"/>
        <location line="+3"/>
        <source>Update sources</source>
        <translation>Sources de mise à jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… address, folder or manifest.json file</source>
        <translation>adresse https://…, dossier ou fichier manifest.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New update source</source>
        <translation>Nouvelle source de mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder as an update source</source>
        <translation>Ajouter un dossier comme source de mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen update source</source>
        <translation>Retirer la source de mise à jour choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check automatically when online (at most once a day)</source>
        <translation>Re&amp;chercher automatiquement en ligne (au plus une fois par jour)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources are tried in order. Nothing is fetched unless you check, or tick the automatic check.</source>
        <translation>Les sources sont essayées dans l&apos;ordre. Rien n&apos;est récupéré sauf si vous lancez la recherche, ou cochez la recherche automatique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Trusted publisher keys</source>
        <translation>Clés d&apos;éditeur de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id</source>
        <translation>Identifiant de clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trusted since</source>
        <translation>De confiance depuis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;Key File…</source>
        <translation>Ajouter un fichier de &amp;clé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;emove Key</source>
        <translation>R&amp;etirer la clé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept in this directory file; a change here is saved at once. Only updates signed by one of these keys are accepted.</source>
        <translation>Conservées dans ce fichier d&apos;annuaire ; une modification ici est enregistrée aussitôt. Seules les mises à jour signées par l&apos;une de ces clés sont acceptées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing (curators)</source>
        <translation>Publication (curateurs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: File › Publish Update… stays hidden</source>
        <translation>Aucune : Fichier › Publier une mise à jour… reste masqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Signing key file</source>
        <translation>Fichier de clé de signature</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the signing key file</source>
        <translation>Choisir le fichier de clé de signature</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Signing key:</source>
        <translation>Clé de &amp;signature :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key from `directory-app keygen`; keep it secret.</source>
        <translation>La clé privée de `directory-app keygen` ; gardez-la secrète.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This directory file is open read-only: its trusted keys cannot change.</source>
        <translation>Ce fichier d&apos;annuaire est ouvert en lecture seule : ses clés de confiance ne peuvent pas changer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Update source folder</source>
        <translation>Dossier source de mise à jour</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Trust a Publisher Key</source>
        <translation>Faire confiance à une clé d&apos;éditeur</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not added: %2</source>
        <translation>%1 n&apos;a pas été ajoutée : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key %1 is trusted already.</source>
        <translation>La clé %1 est déjà de confiance.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>Remove Key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Stop trusting key %1? Updates signed with it will be refused.</source>
        <translation>Ne plus faire confiance à la clé %1 ? Les mises à jour signées avec elle seront refusées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../directory_app/qt/help_dialogs.py" line="+23"/>
        <source>Welcome to Directory App</source>
        <translation>Bienvenue dans Directory App</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This directory lists %n life-science incubators, accelerators, science parks and cell and gene therapy production sites in Belgium, the Netherlands and Luxembourg.</source>
        <comment>This directory lists 1 life-science incubator, accelerator, science park or cell and gene therapy production site in Belgium, the Netherlands and Luxembourg.</comment>
        <translation>
            <numerusform>Cet annuaire recense %n incubateur, accélérateur, parc scientifique ou site de production de thérapies cellulaires et géniques en sciences du vivant en Belgique, aux Pays-Bas et au Luxembourg.</numerusform>
            <numerusform>Cet annuaire recense %n incubateurs, accélérateurs, parcs scientifiques et sites de production de thérapies cellulaires et géniques en sciences du vivant en Belgique, aux Pays-Bas et au Luxembourg.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every record was compiled from public sources (operators, institutions, press) and keeps its source link, a quote from it, the source&apos;s date and a confidence level. A record shows when someone last checked it (Mark as Verified Today).</source>
        <translation>Chaque fiche a été établie à partir de sources publiques (exploitants, institutions, presse) et garde le lien vers sa source, une citation, la date de la source et un niveau de confiance. Une fiche indique quand quelqu’un l’a vérifiée pour la dernière fois (Marquer comme vérifiée aujourd’hui).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All records were last checked on %1.</source>
        <translation>Toutes les fiches ont été vérifiées pour la dernière fois le %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records were last checked between %1 and %2.</source>
        <translation>Les fiches ont été vérifiées pour la dernière fois entre le %1 et le %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No record has been checked since it was compiled; the sources date from %1.</source>
        <translation>Aucune fiche n’a été vérifiée depuis sa compilation ; les sources datent de %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The map works offline: a world map for the overview is built in. Detailed streets are downloaded only if you switch on online map tiles (Map menu), and are kept for offline use.</source>
        <translation>La carte fonctionne hors ligne : une carte du monde pour la vue d’ensemble est intégrée. Les rues détaillées ne sont téléchargées que si vous activez les tuiles en ligne (menu Carte), et sont conservées pour l’usage hors ligne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help › About the Data shows what the directory holds and which records are oldest; Help › Keyboard Shortcuts lists every shortcut.</source>
        <translation>Aide › À propos des données montre le contenu de l’annuaire et les fiches les plus anciennes ; Aide › Raccourcis clavier liste tous les raccourcis.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>age</name>
    <message>
        <location filename="../../directory_app/qt/i18n.py" line="+51"/>
        <source>never verified</source>
        <translation>jamais vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked against its source today</source>
        <translation>confronté à sa source aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>checked against its source %n days ago</source>
        <comment>checked against its source 1 day ago</comment>
        <translation>
            <numerusform>confronté à sa source il y a %n jour</numerusform>
            <numerusform>confronté à sa source il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>checked against its source %n months ago</source>
        <comment>checked against its source 1 month ago</comment>
        <translation>
            <numerusform>confronté à sa source il y a %n mois</numerusform>
            <numerusform>confronté à sa source il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>checked against its source %n years ago</source>
        <comment>checked against its source 1 year ago</comment>
        <translation>
            <numerusform>confronté à sa source il y a %n an</numerusform>
            <numerusform>confronté à sa source il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days</source>
        <comment>1 day</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n months</source>
        <comment>1 month</comment>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n years</source>
        <comment>1 year</comment>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (source)</source>
        <translation>%1 (source)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../directory_app/qt/models/facility_table.py" line="-228"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cleanroom grades</source>
        <translation>Classes de salle blanche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last verified</source>
        <translation>Dernière vérif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Vérifié il y a</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <location filename="../../directory_app/qt/widgets/detail_pane.py" line="-178"/>
        <source>Source dated %1</source>
        <translation>Source datée de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source date unknown</source>
        <translation>Date de la source inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On campus</source>
        <translation>Sur le campus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites on this campus</source>
        <translation>Sites sur ce campus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact page</source>
        <translation>Page de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom grades</source>
        <translation>Classes de salle blanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services (as the source puts it)</source>
        <translation>Services (selon la source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities (as the source puts it)</source>
        <translation>Modalités (selon la source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom (as the source puts it)</source>
        <translation>Salle blanche (selon la source)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confidence: %1</source>
        <translation>fiabilité : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source note</source>
        <translation>Note sur la source</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
</context>
<context>
    <name>facets</name>
    <message>
        <location filename="../../directory_app/qt/widgets/facet_panel.py" line="-93"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom grade</source>
        <translation>Classe de salle blanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
</context>
<context>
    <name>queryhelp</name>
    <message>
        <location filename="../../directory_app/qt/help_text.py" line="+17"/>
        <source>name contains (accents and case ignored); name:=… for the exact name</source>
        <translation>le nom contient (accents et casse ignorés) ; name:=… pour le nom exact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisation contains (alias: organisation:)</source>
        <translation>l’organisation contient (alias : organisation:)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as org:</source>
        <translation>identique à org:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city contains</source>
        <translation>la localité contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incubator, accelerator, cgt_production</source>
        <translation>incubator, accelerator, cgt_production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BE, NL, LU or the country&apos;s name</source>
        <translation>BE, NL, LU ou le nom du pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a region or province: code (BE-WAL, NL-ZH) or name</source>
        <translation>une région ou province : code (BE-WAL, NL-ZH) ou nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a service (code or the start of its name)</source>
        <translation>un service (code ou début de son nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a therapy modality</source>
        <translation>une modalité thérapeutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU GMP cleanroom grade A-D</source>
        <translation>classe de salle blanche BPF UE A-D</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>operational, under_construction, planned, closing, closed</source>
        <translation>operational, under_construction, planned, closing, closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how sure the source is: high, medium, low</source>
        <translation>degré de certitude de la source : high, medium, low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open (to third parties) or in_house (in-house only)</source>
        <translation>open (ouvert aux tiers) ou in_house (usage interne uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area in m² (compare with &lt; &lt;= &gt; &gt;= =)</source>
        <translation>superficie en m² (comparer avec &lt; &lt;= &gt; &gt;= =)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year opened</source>
        <translation>année d’ouverture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>when the record was last checked against its source</source>
        <translation>date à laquelle la fiche a été confrontée à sa source pour la dernière fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked against its source for more than 12 months, or never</source>
        <translation>non confronté à sa source depuis plus de 12 mois, ou jamais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how precise the coordinates are: street, campus, postcode, town, municipality, region, country, none</source>
        <translation>précision des coordonnées : street, campus, postcode, town, municipality, region, country, none</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a facility&apos;s id</source>
        <translation>l’identifiant d’un établissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>within 25 km of a place (any language), Belgian postcode, facility or lat,lon</source>
        <translation>dans un rayon de 25 km d’un lieu (dans toutes les langues), d’un code postal belge, d’un établissement ou de lat,lon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>radius for near:</source>
        <translation>rayon pour near:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on one of your shortlists</source>
        <translation>dans une de vos sélections</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inside a map extent: south,west,north,east (the map&apos;s “Search this area”)</source>
        <translation>dans une emprise de carte : sud,ouest,nord,est (« Rechercher dans cette zone » de la carte)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type words to search names, organisations, cities, services and modalities — accents, case and the language of place names do not matter (Gent = Gand = Ghent), and words match while you type (zwijn finds Zwijnaarde). Combine terms with and (implicit), or, not or a leading minus, and group with parentheses. Quote phrases: &quot;cell therapy&quot;.</source>
        <translation>Tapez des mots pour chercher dans les noms, organisations, localités, services et modalités — les accents, la casse et la langue des noms de lieux sont sans importance (Gent = Gand = Ghent), et les mots correspondent dès la frappe (zwijn trouve Zwijnaarde). Combinez les termes avec and (implicite), or, not ou un signe moins, et groupez-les entre parenthèses. Mettez les expressions entre guillemets : &quot;thérapie cellulaire&quot;.</translation>
    </message>
</context>
<context>
    <name>shortlist</name>
    <message>
        <location filename="../../directory_app/qt/models/shortlist_items.py" line="-129"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited</source>
        <translation>Visité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>Exclu</translation>
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
        <translation>Incubateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator</source>
        <translation>Accélérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CGT production site</source>
        <translation>Site de production TCG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Science park</source>
        <translation>Parc scientifique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operational</source>
        <translation>En activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under construction</source>
        <translation>En construction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>En projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure announced</source>
        <translation>Fermeture annoncée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open to third parties</source>
        <translation>Ouvert aux tiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-house only</source>
        <translation>Usage interne uniquement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Street address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region (approximate)</source>
        <translation>Région (approximatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (approximate)</source>
        <translation>Pays (approximatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set by hand</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Grade A</source>
        <translation>Classe A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade B</source>
        <translation>Classe B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade C</source>
        <translation>Classe C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade D</source>
        <translation>Classe D</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brussels-Capital Region</source>
        <translation>Région de Bruxelles-Capitale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
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
        <translation>Frise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gelderland</source>
        <translation>Gueldre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groningen</source>
        <translation>Groningue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limburg (NL)</source>
        <translation>Limbourg (NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Brabant</source>
        <translation>Brabant-Septentrional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Holland</source>
        <translation>Hollande-Septentrionale</translation>
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
        <translation>Zélande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Holland</source>
        <translation>Hollande-Méridionale</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Town</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality centre</source>
        <translation>Centre de la commune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No single site</source>
        <translation>Pas de site unique</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Antwerp (province)</source>
        <translation>Anvers (province)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flemish Brabant</source>
        <translation>Brabant flamand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limburg (BE)</source>
        <translation>Limbourg (BE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Flanders</source>
        <translation>Flandre-Orientale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>West Flanders</source>
        <translation>Flandre-Occidentale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walloon Brabant</source>
        <translation>Brabant wallon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hainaut</source>
        <translation>Hainaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liège (province)</source>
        <translation>Liège (province)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg (province)</source>
        <translation>Luxembourg (province)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namur (province)</source>
        <translation>Namur (province)</translation>
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
        <translation>Luxembourg (canton)</translation>
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
        <translation>Espace de laboratoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office space</source>
        <translation>Espace de bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-working</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanroom space</source>
        <translation>Espace en salle blanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared equipment &amp; core facilities</source>
        <translation>Équipements partagés &amp; plateformes technologiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot plant / scale-up space</source>
        <translation>Unité pilote / espace de mise à l’échelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenhouse &amp; field trials</source>
        <translation>Serres &amp; essais au champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting &amp; event facilities</source>
        <translation>Salles de réunion &amp; d’événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incubation programme</source>
        <translation>Programme d’incubation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceleration programme</source>
        <translation>Programme d’accélération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching &amp; mentoring</source>
        <translation>Coaching &amp; mentorat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding &amp; investment</source>
        <translation>Financement &amp; investissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network &amp; events</source>
        <translation>Réseau &amp; événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business development</source>
        <translation>Développement commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory support</source>
        <translation>Soutien réglementaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GMP manufacturing</source>
        <translation>Production BPF (GMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell &amp; tissue processing</source>
        <translation>Traitement de cellules &amp; tissus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial manufacturing</source>
        <translation>Production commerciale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process development</source>
        <translation>Développement de procédés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analytical development</source>
        <translation>Développement analytique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QC &amp; release testing</source>
        <translation>Contrôle qualité &amp; libération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell banking</source>
        <translation>Banques de cellules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viral vector manufacturing</source>
        <translation>Production de vecteurs viraux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plasmid DNA manufacturing</source>
        <translation>Production d’ADN plasmidique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill &amp; finish, labelling</source>
        <translation>Remplissage &amp; conditionnement, étiquetage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage &amp; logistics</source>
        <translation>Stockage &amp; logistique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cell therapy</source>
        <translation>Thérapie cellulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autologous</source>
        <translation>Autologue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allogeneic</source>
        <translation>Allogénique</translation>
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
        <translation>Lymphocytes infiltrant la tumeur (TIL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NK cells</source>
        <translation>Cellules NK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory T cells</source>
        <translation>Lymphocytes T régulateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dendritic cells</source>
        <translation>Cellules dendritiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mesenchymal stromal cells (MSC)</source>
        <translation>Cellules stromales mésenchymateuses (CSM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem &amp; progenitor cells</source>
        <translation>Cellules souches &amp; progénitrices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iPSC-derived cells</source>
        <translation>Cellules dérivées d’iPSC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gene-modified cells</source>
        <translation>Cellules génétiquement modifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gene therapy</source>
        <translation>Thérapie génique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AAV (adeno-associated virus)</source>
        <translation>AAV (virus adéno-associé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lentiviral vector (LVV)</source>
        <translation>Vecteur lentiviral (LVV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retroviral vector</source>
        <translation>Vecteur rétroviral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viral vector</source>
        <translation>Vecteur viral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plasmid DNA</source>
        <translation>ADN plasmidique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mRNA / LNP</source>
        <translation>ARNm / LNP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oncolytic virus</source>
        <translation>Virus oncolytique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tissue-engineered products</source>
        <translation>Produits issus de l’ingénierie tissulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaccines</source>
        <translation>Vaccins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recombinant proteins</source>
        <translation>Protéines recombinantes</translation>
    </message>
</context>
</TS>
