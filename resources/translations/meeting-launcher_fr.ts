<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../launcher/ui/accounts/list.py" line="+53"/>
        <location line="+8"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let guests on my local network join</source>
        <translation>Autoriser les invités de mon réseau local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set as default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — default</source>
        <translation>{name} — par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings run on this computer</source>
        <translation>Les réunions ont lieu sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “{name}”?</source>
        <translation>Supprimer le compte « {name} » ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings on this computer stay, but this app can no longer create them.</source>
        <translation>Les réunions de cet ordinateur sont conservées, mais cette application ne pourra plus en créer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its key is deleted from this computer. Rooms on the server stay.</source>
        <translation>Sa clé est effacée de cet ordinateur. Les salles sur le serveur sont conservées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The account could not be removed because the password store is not available.</source>
        <translation>Le compte n&apos;a pas pu être supprimé, car le coffre-fort de mots de passe n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account could not be removed; see Details.</source>
        <translation>Le compte n&apos;a pas pu être supprimé ; voir Détails.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The meeting service on this computer could not restart; see Details.</source>
        <translation>Le service de réunion de cet ordinateur n&apos;a pas pu redémarrer ; voir Détails.</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../launcher/ui/accounts/form.py" line="+80"/>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter what your IT contact gave you. The key is kept in this computer&apos;s password store; afterwards you may delete the key file.</source>
        <translation>Saisissez les informations fournies par votre service informatique. La clé est conservée dans le coffre-fort de mots de passe de cet ordinateur ; vous pourrez ensuite supprimer le fichier de clé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the private key here, drop its file on this window, or choose it.</source>
        <translation>Collez la clé privée ici, déposez son fichier sur cette fenêtre ou choisissez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the server&apos;s certificate file</source>
        <translation>Facultatif : le fichier de certificat du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: where guests open meeting links</source>
        <translation>Facultatif : l&apos;adresse où les invités ouvrent les liens de réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this account for new meetings</source>
        <translation>Utiliser ce compte pour les nouvelles réunions</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID</source>
        <translation>ID d&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting links</source>
        <translation>Liens de réunion</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the account with the server…</source>
        <translation>Vérification du compte auprès du serveur…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Leave empty to keep the stored one</source>
        <translation>Laissez vide pour garder celle enregistrée</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the private key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Clés (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the server&apos;s certificate</source>
        <translation>Choisir le certificat du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BrowserHandoff</name>
    <message>
        <location filename="../../launcher/web/handoff.py" line="+116"/>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting server cannot hand the host link to your browser safely. You can copy the host link and paste it into your browser&apos;s address bar: anyone who has it joins as host, so do not send it to anyone.</source>
        <translation>Ce serveur de réunion ne peut pas transmettre le lien organisateur à votre navigateur en toute sécurité. Vous pouvez copier le lien organisateur et le coller dans la barre d&apos;adresse de votre navigateur : toute personne qui l&apos;a rejoint la réunion en tant qu&apos;organisateur, ne l&apos;envoyez donc à personne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy host link</source>
        <translation>Copier le lien organisateur</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <location filename="../../launcher/ui/front_desk.py" line="+179"/>
        <source>A visitor</source>
        <translation>Un visiteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is waiting</source>
        <translation>{name} attend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the waiting room of “{room}”</source>
        <translation>Dans la salle d&apos;attente de « {room} »</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Open meeting</source>
        <translation>Ouvrir la réunion</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Admit</source>
        <translation>Faire entrer</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../launcher/ui/invite_dialog.py" line="+56"/>
        <source>Invite guests</source>
        <extracomment>Who can open the link (the window knows the account; else from the link).</extracomment>
        <translation>Inviter des participants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are invited to a video meeting: {name}</source>
        <translation>Vous êtes invité(e) à une réunion vidéo : {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join from your browser: {link}</source>
        <translation>Rejoignez-la depuis votre navigateur : {link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link works until {expiry}.</source>
        <translation>Ce lien fonctionne jusqu&apos;au {expiry}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting room closes 10 minutes after the last person leaves.</source>
        <translation>La salle de réunion se ferme 10 minutes après le départ de la dernière personne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation: {name}</source>
        <translation>Invitation : {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link opens only on the computer that made it: it is not for guests elsewhere.</source>
        <translation>Ce lien ne s&apos;ouvre que sur l&apos;ordinateur qui l&apos;a créé : il ne convient pas aux invités situés ailleurs.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invite guests to “{name}”</source>
        <translation>Inviter des participants à « {name} »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send this text by e-mail or chat, or let a visitor scan the code.</source>
        <translation>Envoyez ce texte par e-mail ou par messagerie, ou faites scanner le code à un visiteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this text to try the link in a browser on this computer.</source>
        <translation>Copiez ce texte pour essayer le lien dans un navigateur de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan to join</source>
        <translation>Scanner pour participer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan with a phone camera to open the guest link</source>
        <translation>Scannez avec l&apos;appareil photo d&apos;un téléphone pour ouvrir le lien invité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy invitation</source>
        <translation>Copier l&apos;invitation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This link opens only on this computer</source>
        <translation>Ce lien ne s&apos;ouvre que sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save to calendar…</source>
        <translation>Enregistrer dans l&apos;agenda…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar file</source>
        <translation>Fichier d&apos;agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a meeting time</source>
        <translation>Ajouter une heure de réunion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week until the room expires</source>
        <translation>Chaque semaine jusqu&apos;à l&apos;expiration de la salle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a meeting time, the calendar shows the link until the room expires.</source>
        <translation>Sans heure de réunion, l&apos;agenda affiche le lien jusqu&apos;à l&apos;expiration de la salle.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Calendar file saved</source>
        <translation>Fichier d&apos;agenda enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ Invitation copied to the clipboard</source>
        <translation>✓ Invitation copiée dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save calendar file</source>
        <translation>Enregistrer le fichier d&apos;agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <location filename="../../launcher/ui/join_card.py" line="+21"/>
        <source>Join a meeting</source>
        <translation>Rejoindre une réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a meeting link or code</source>
        <translation>Collez un lien ou un code de réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting link or code</source>
        <translation>Lien ou code de réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>A meeting link or code someone sent you; press Enter to join</source>
        <translation>Un lien ou un code de réunion que l&apos;on vous a envoyé ; appuyez sur Entrée pour rejoindre</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join the meeting of this link or code</source>
        <translation>Rejoindre la réunion de ce lien ou de ce code</translation>
    </message>
</context>
<context>
    <name>KeyringDialog</name>
    <message>
        <location filename="../../launcher/ui/keyring_dialog.py" line="+43"/>
        <source>Password store not available</source>
        <translation>Coffre-fort de mots de passe indisponible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s password store is locked, so the account&apos;s key cannot be kept safe. Unlock it (or sign in again) and try once more.</source>
        <translation>Le coffre-fort de mots de passe de cet ordinateur est verrouillé : la clé du compte ne peut pas y être conservée en sécurité. Déverrouillez-le (ou reconnectez-vous), puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no password store where the account&apos;s key can be kept safe.</source>
        <translation>Cet ordinateur n&apos;a pas de coffre-fort de mots de passe où conserver la clé du compte en sécurité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s password store could not be used just now.</source>
        <translation>Le coffre-fort de mots de passe de cet ordinateur n&apos;a pas pu être utilisé pour le moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can still use the account until you close Meeting Launcher: the key then stays in memory only and is never written to disk. You will be asked again next time.</source>
        <translation>Vous pouvez tout de même utiliser le compte jusqu&apos;à la fermeture de Meeting Launcher : la clé reste alors en mémoire uniquement et n&apos;est jamais écrite sur le disque. La question vous sera reposée la prochaine fois.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use for this session only</source>
        <translation>Utiliser pour cette session uniquement</translation>
    </message>
</context>
<context>
    <name>LanSwitch</name>
    <message>
        <location filename="../../launcher/ui/lan_switch.py" line="+31"/>
        <source>Let guests on my local network join</source>
        <translation>Autoriser les invités de mon réseau local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies at once, no restart needed</source>
        <translation>S&apos;applique immédiatement, sans redémarrage</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computers and phones on this network can open your meeting links.</source>
        <translation>Les ordinateurs et téléphones de ce réseau peuvent ouvrir vos liens de réunion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now only this computer can open your meeting links.</source>
        <translation>Pour l&apos;instant, seul cet ordinateur peut ouvrir vos liens de réunion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restarting the meeting service of this computer…</source>
        <translation>Redémarrage du service de réunion de cet ordinateur…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../launcher/ui/main_window.py" line="+81"/>
        <location line="+47"/>
        <location line="+228"/>
        <source>Meeting Launcher</source>
        <extracomment>Background preparation before the first request (first run: create &quot;This computer&quot;). Asks whether to leave the meetings going on when quitting (tests answer it).</extracomment>
        <translation>Meeting Launcher</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>The account new rooms are created with</source>
        <translation>Le compte avec lequel les nouvelles salles sont créées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>☰  Menu</source>
        <translation>☰  Menu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company&apos;s colour, name and logo on meetings</source>
        <translation>Les couleurs, le nom et le logo de votre entreprise dans les réunions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a meeting</source>
        <translation>Démarrer une réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates a room and copies the guest link, ready to paste.</source>
        <translation>Crée une salle et copie le lien invité, prêt à coller.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: a name guests will see</source>
        <translation>Facultatif : un nom que verront les invités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a meeting now</source>
        <translation>Démarrer maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a meeting now (Ctrl+N)</source>
        <translation>Démarrer une réunion maintenant (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+708"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-705"/>
        <source>Schedule a long-term room…</source>
        <translation>Planifier une salle permanente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A room whose link stays the same, for weekly meetings</source>
        <translation>Une salle dont le lien ne change pas, pour les réunions hebdomadaires</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting name (optional)</source>
        <translation>Nom de la réunion (facultatif)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep running in the tray when closed</source>
        <translation>Rester dans la zone de notification après la fermeture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play a sound when a visitor is waiting</source>
        <translation>Émettre un son quand un visiteur attend</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+626"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+291"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Getting ready…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Guests outside your network can join when meetings run on your office&apos;s server, one with an https:// address on the internet. Choose “Connect to a server…” and enter the address and key your IT contact gives you.</source>
        <translation>Les invités extérieurs à votre réseau peuvent participer lorsque les réunions ont lieu sur le serveur de votre entreprise, accessible sur Internet à une adresse https://. Choisissez « Se connecter à un serveur… » et saisissez l&apos;adresse et la clé que votre service informatique vous donne.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening this computer to your network…</source>
        <translation>Ouverture de cet ordinateur à votre réseau…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Now only this computer can open your meeting links</source>
        <translation>Désormais, seul cet ordinateur peut ouvrir vos liens de réunion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guests on your network can join now. Links start with {origin}</source>
        <translation>Les invités de votre réseau peuvent maintenant participer. Les liens commencent par {origin}</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+44"/>
        <source>✓ Guest link copied</source>
        <translation>✓ Lien invité copié</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>✓ Changes saved</source>
        <translation>✓ Modifications enregistrées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host link copied: share it only with hosts</source>
        <translation>Lien organisateur copié : ne le partagez qu&apos;avec des organisateurs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening the meeting…</source>
        <translation>Ouverture de la réunion…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>★ “{name}” is now your room</source>
        <translation>★ « {name} » est maintenant votre salle</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>✓ Guest link of “{name}” copied</source>
        <translation>✓ Lien invité de « {name} » copié</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leave the meeting?</source>
        <translation>Quitter la réunion ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are in a meeting: “{room}”.</source>
        <translation>Vous êtes en réunion : « {room} ».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You are in %n meeting(s).</source>
        <translation>
            <numerusform>Vous êtes dans %n réunion.</numerusform>
            <numerusform>Vous êtes dans %n réunions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitting Meeting Launcher leaves the meeting.</source>
        <translation>Quitter Meeting Launcher vous fait quitter la réunion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave and quit</source>
        <translation>Quitter la réunion et l&apos;application</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keep Meeting Launcher running?</source>
        <translation>Laisser Meeting Launcher ouvert ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Meeting Launcher running in the tray when you close the window?</source>
        <translation>Laisser Meeting Launcher ouvert dans la zone de notification quand vous fermez la fenêtre ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the tray icon you can start a meeting or copy your room&apos;s link at any time, and guests can still join meetings hosted on this computer. You can change this later in the menu.</source>
        <translation>Depuis l&apos;icône de notification, vous pouvez à tout moment démarrer une réunion ou copier le lien de votre salle, et les invités peuvent toujours rejoindre les réunions organisées sur cet ordinateur. Vous pourrez modifier ce choix plus tard dans le menu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep running</source>
        <translation>Laisser ouvert</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../launcher/web/window.py" line="+123"/>
        <source>{} – Meeting</source>
        <extracomment>The web engine could not show the meeting; the fallback panel is up. The window closed (after the page left the meeting). Closed while in the meeting, with the app&apos;s tray: the window hid, the meeting goes on.</extracomment>
        <translation>{} – Réunion</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+89"/>
        <location line="+11"/>
        <source>The meeting cannot be shown in this window on this computer.</source>
        <extracomment>The meeting&apos;s name, as the tray shows it (&quot;In a meeting: ...&quot;). Closing hides the window while its person is in the meeting (the app sets this when its tray keeps it running); leaving is the page&apos;s Leave, or quitting. What :func:`launcher.web.open_meeting` finds this window by (or None). Asks whether to close while the recording is being saved (tests answer it).</extracomment>
        <translation>La réunion ne peut pas s&apos;afficher dans cette fenêtre sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The meeting cannot be shown in this window while Meeting Launcher runs as the administrator (root). Open it in your browser, or start Meeting Launcher as your usual user.</source>
        <translation>La réunion ne peut pas s&apos;afficher dans cette fenêtre tant que Meeting Launcher fonctionne en tant qu&apos;administrateur (root). Ouvrez-la dans votre navigateur, ou lancez Meeting Launcher avec votre compte habituel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meeting cannot be shown in this window: this computer&apos;s system does not allow the protection the window needs. Open it in your browser.</source>
        <translation>La réunion ne peut pas s&apos;afficher dans cette fenêtre : le système de cet ordinateur n&apos;autorise pas la protection dont la fenêtre a besoin. Ouvrez-la dans votre navigateur.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The meeting server cannot be reached. Check the network and try again.</source>
        <translation>Le serveur de réunion est injoignable. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting server&apos;s certificate is not trusted for this account.</source>
        <translation>Le certificat du serveur de réunion n&apos;est pas reconnu pour ce compte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The meeting window stopped unexpectedly.</source>
        <translation>La fenêtre de réunion s&apos;est arrêtée de manière inattendue.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The recording is still being saved</source>
        <translation>L&apos;enregistrement est encore en cours de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is still being saved.</source>
        <translation>L&apos;enregistrement est encore en cours de sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing now keeps only what has reached the server. The window closes by itself once all of it is saved.</source>
        <translation>Si vous fermez maintenant, seul ce qui est déjà arrivé sur le serveur sera gardé. La fenêtre se fermera d&apos;elle-même une fois tout sauvegardé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep saving</source>
        <translation>Continuer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../launcher/ui/widgets.py" line="+224"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MyRoomCard</name>
    <message>
        <location filename="../../launcher/ui/my_room_card.py" line="+23"/>
        <source>My room</source>
        <translation>Ma salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy guest link</source>
        <translation>Copier le lien invité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
</context>
<context>
    <name>PaintedPreview</name>
    <message>
        <location filename="../../launcher/ui/themes/preview.py" line="+430"/>
        <source>Ready to join?</source>
        <extracomment>The page is laid out for a meeting window of this width, then zoomed to fit. &quot;web&quot; or &quot;painted&quot;, once the shown theme is on screen.</extracomment>
        <translation>Prêt à participer ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Join now</source>
        <translation>Participer</translation>
    </message>
</context>
<context>
    <name>ReachNote</name>
    <message>
        <location filename="../../launcher/ui/reach_note.py" line="+100"/>
        <source>Let guests on my network join</source>
        <extracomment>Let guests on this network join (the built-in server, all interfaces, TLS). Open the accounts dialog to connect to an office server.</extracomment>
        <translation>Autoriser les invités de mon réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting service of this computer then answers other computers on your network too, over HTTPS with a certificate of its own</source>
        <translation>Le service de réunion de cet ordinateur répond alors aussi aux autres ordinateurs de votre réseau, en HTTPS avec son propre certificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to the office server…</source>
        <translation>Se connecter au serveur de l&apos;entreprise…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server on the internet lets guests join from anywhere</source>
        <translation>Un serveur sur Internet permet aux invités de participer depuis n&apos;importe où</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../launcher/ui/result_card.py" line="+56"/>
        <source>Guest link</source>
        <extracomment>The way forward when the link reaches too few: guests on my network, office server.</extracomment>
        <translation>Lien invité</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+73"/>
        <source>Your meeting is ready</source>
        <translation>Votre réunion est prête</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Guests can join only while Meeting Launcher is running on this computer.</source>
        <translation>Les invités ne peuvent participer que tant que Meeting Launcher est ouvert sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join as host</source>
        <translation>Ouvrir en organisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More ▾</source>
        <translation>Plus ▾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy host link…</source>
        <translation>Copier le lien organisateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it my room</source>
        <translation>En faire ma salle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your room is ready</source>
        <translation>Votre salle est prête</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The link works until {when}.</source>
        <translation>Le lien fonctionne jusqu&apos;au {when}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room closes 10 minutes after the last person leaves.</source>
        <translation>La salle se ferme 10 minutes après le départ de la dernière personne.</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <location filename="../../launcher/ui/rooms_model.py" line="+63"/>
        <source>Name</source>
        <extracomment>Values of ``Qt.ItemDataRole`` (checked against Qt by a test).</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting: {names}</source>
        <translation>En attente : {names}</translation>
    </message>
</context>
<context>
    <name>RoomsView</name>
    <message>
        <location filename="../../launcher/ui/rooms_view.py" line="+109"/>
        <location line="+40"/>
        <source>Rooms</source>
        <extracomment>``end_id`` beyond any room serial: the page of the newest rooms. Newest first through ``end_id``; False walks every page oldest first instead (what the view falls back to when a server ignores a lone ``end_id``).</extracomment>
        <translation>Salles</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading rooms</source>
        <translation>Arrêter le chargement des salles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⟳ Refresh</source>
        <translation>⟳ Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again</source>
        <translation>Recharger la liste</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All rooms</source>
        <translation>Toutes les salles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within a day</source>
        <translation>Expire dans la journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No rooms yet. Start a meeting or schedule a room.</source>
        <translation>Aucune salle pour l&apos;instant. Démarrez une réunion ou planifiez une salle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+109"/>
        <source>Copy guest link</source>
        <translation>Copier le lien invité</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Join as host</source>
        <translation>Ouvrir en organisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>☆ Make it my room</source>
        <translation>☆ En faire ma salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this room one click away as “My room”</source>
        <translation>Garder cette salle à portée de clic comme « Ma salle »</translation>
    </message>
    <message numerus="yes">
        <location line="+248"/>
        <source>{n} of %n room(s)</source>
        <translation>
            <numerusform>{n} sur %n salle</numerusform>
            <numerusform>{n} sur %n salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n salle</numerusform>
            <numerusform>%n salles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Instant rooms cannot be changed.</source>
        <translation>Les salles instantanées ne peuvent pas être modifiées.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../launcher/ui/schedule_dialog.py" line="+89"/>
        <source>Edit room</source>
        <translation>Modifier la salle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule a room</source>
        <translation>Planifier une salle</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create room</source>
        <translation>Créer la salle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit “{name}”</source>
        <translation>Modifier « {name} »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule a long-term room</source>
        <translation>Planifier une salle permanente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change when the room expires and how meetings in it work.</source>
        <translation>Modifiez la date d&apos;expiration de la salle et le déroulement de ses réunions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A room with a link that stays the same, for a weekly meeting or a team.</source>
        <translation>Une salle dont le lien ne change pas, pour une réunion hebdomadaire ou une équipe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Weekly team meeting</source>
        <translation>p. ex. Réunion d&apos;équipe hebdomadaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A room&apos;s name cannot be changed.</source>
        <translation>Le nom d&apos;une salle ne peut pas être modifié.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close the room after its first meeting</source>
        <translation>Fermer la salle après sa première réunion</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+136"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guests join straight away</source>
        <translation>Les invités entrent directement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests wait until the host joins</source>
        <translation>Les invités attendent l&apos;arrivée de l&apos;organisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host lets in each guest</source>
        <translation>L&apos;organisateur fait entrer chaque invité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guest&apos;s choice</source>
        <translation>Au choix de l&apos;invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (muted)</source>
        <translation>Désactivé (muet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s browser language</source>
        <translation>La langue du navigateur de l&apos;invité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting room</source>
        <translation>Salle d&apos;attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page language</source>
        <translation>Langue de la page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record every meeting automatically</source>
        <translation>Enregistrer automatiquement chaque réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record only the host</source>
        <translation>N&apos;enregistrer que l&apos;organisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording choices are fixed when a room is created.</source>
        <translation>Les choix d&apos;enregistrement sont fixés à la création de la salle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whiteboard</source>
        <translation>Tableau blanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording button</source>
        <translation>Bouton d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the meeting</source>
        <translation>Pendant la réunion</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+23"/>
        <source>Theme {id}</source>
        <translation>Thème {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list of themes could not be loaded.</source>
        <translation>La liste des thèmes n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the room a name.</source>
        <translation>Donnez un nom à la salle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use at most {n} characters (now {m}).</source>
        <translation>Utilisez au plus {n} caractères (actuellement {m}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick a time at least 10 minutes from now.</source>
        <translation>Choisissez une heure dans au moins 10 minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a time at most one year from now.</source>
        <translation>Choisissez une heure dans moins d&apos;un an.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The server did not accept some details; see the highlighted fields.</source>
        <translation>Le serveur a refusé certaines informations ; voir les champs mis en évidence.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>ScreenSharePicker</name>
    <message>
        <location filename="../../launcher/web/picker.py" line="+38"/>
        <source>Share your screen</source>
        <translation>Partager votre écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the others in the meeting will see.</source>
        <translation>Choisissez ce que les autres participants verront.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entire screen</source>
        <translation>Écran entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no screen or window to share on this computer.</source>
        <translation>Il n&apos;y a aucun écran ni aucune fenêtre à partager sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ThemeRow</name>
    <message>
        <location filename="../../launcher/ui/themes/row.py" line="+27"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Counting rooms…</source>
        <translation>Comptage des salles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used by any room</source>
        <translation>Utilisé par aucune salle</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Used by %n room(s)</source>
        <translation>
            <numerusform>Utilisé par %n salle</numerusform>
            <numerusform>Utilisé par %n salles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../launcher/ui/themes/list.py" line="+577"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <location line="-463"/>
        <location line="+23"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>How your meetings look to guests: main colour, brand text and logos. Pick a theme to see the meeting page as guests will see it.</source>
        <translation>L&apos;apparence de vos réunions pour les invités : couleur principale, texte de marque et logos. Choisissez un thème pour voir la page de réunion telle que les invités la verront.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New theme…</source>
        <translation>Nouveau thème…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No themes yet. Create one to give your meetings your company&apos;s colour, name and logo.</source>
        <translation>Aucun thème pour l&apos;instant. Créez-en un pour donner à vos réunions les couleurs, le nom et le logo de votre entreprise.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before joining</source>
        <translation>Avant de participer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the meeting</source>
        <translation>Pendant la réunion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What guests will see</source>
        <translation>Ce que verront les invités</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+179"/>
        <source>Use for all meetings</source>
        <translation>Utiliser pour toutes les réunions</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Make this the application&apos;s default theme, used by rooms without a theme</source>
        <translation>En faire le thème par défaut de l&apos;application, utilisé par les salles sans thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply to rooms…</source>
        <translation>Appliquer aux salles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Weekly team meeting</source>
        <translation>Réunion d&apos;équipe hebdomadaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest links will look like {link}</source>
        <translation>Les liens invités ressembleront à {link}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop using for all meetings</source>
        <translation>Ne plus utiliser pour toutes les réunions</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✓ Theme “{name}” saved</source>
        <translation>✓ Thème « {name} » enregistré</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ “{name}” is now used for all meetings without a theme of their own</source>
        <translation>✓ « {name} » est maintenant utilisé pour toutes les réunions sans thème propre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ “{name}” is no longer the default theme</source>
        <translation>✓ « {name} » n&apos;est plus le thème par défaut</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>✓ %n room(s) updated</source>
        <translation>
            <numerusform>✓ %n salle mise à jour</numerusform>
            <numerusform>✓ %n salles mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete theme</source>
        <translation>Supprimer le thème</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“{name}” is used by %n room(s). Delete it anyway?</source>
        <translation>
            <numerusform>« {name} » est utilisé par %n salle. Le supprimer quand même ?</numerusform>
            <numerusform>« {name} » est utilisé par %n salles. Le supprimer quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Those rooms will look like the default theme from now on; their links stay the same unless the theme had a short company URL.</source>
        <translation>Ces salles prendront désormais l&apos;apparence du thème par défaut ; leurs liens ne changent pas, sauf si le thème avait une URL courte d&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the theme “{name}”?</source>
        <translation>Supprimer le thème « {name} » ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the default theme: meetings will use the standard look.</source>
        <translation>C&apos;est le thème par défaut : les réunions reprendront l&apos;apparence standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>✓ Theme “{name}” deleted</source>
        <translation>✓ Thème « {name} » supprimé</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../launcher/ui/tray.py" line="+119"/>
        <location line="+76"/>
        <source>Meeting Launcher</source>
        <translation>Meeting Launcher</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Start a meeting now</source>
        <translation>Démarrer une réunion maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy my room&apos;s guest link</source>
        <translation>Copier le lien invité de ma salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Meeting Launcher</source>
        <translation>Ouvrir Meeting Launcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <location line="+22"/>
        <source>%n visitor(s) waiting</source>
        <translation>
            <numerusform>%n visiteur en attente</numerusform>
            <numerusform>%n visiteurs en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{name} – {room}</source>
        <translation>{name} – {room}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In a meeting: {room}</source>
        <translation>En réunion : {room}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting goes on. Open it again from this icon; leave it with Leave.</source>
        <translation>La réunion continue. Rouvrez-la depuis cette icône ; pour en sortir, utilisez « Quitter ».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pin a long-term room as “My room” in the window first</source>
        <translation>Épinglez d&apos;abord une salle permanente comme « Ma salle » dans la fenêtre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting Launcher is still running</source>
        <translation>Meeting Launcher est toujours ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start meetings and copy your room&apos;s link from this icon.</source>
        <translation>Démarrez des réunions et copiez le lien de votre salle depuis cette icône.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Guest link copied</source>
        <translation>Lien invité copié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your room&apos;s guest link is on the clipboard.</source>
        <translation>Le lien invité de votre salle est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>_FallbackPanel</name>
    <message>
        <location filename="../../launcher/web/window.py" line="-374"/>
        <source>Details</source>
        <extracomment>How long the page gets to say goodbye to the others before the window goes. While the host&apos;s recording is being saved after leaving: how often the window asks the page, and how long it waits at most before closing anyway. Chromium&apos;s net::ERR_ABORTED: a navigation we blocked ourselves, not a failure. True in the page while its person is in the meeting or waiting to be let in.</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../launcher/ui/accounts/common.py" line="+16"/>
        <source>Guests can open meeting links from this account on this computer and on other computers in your local network. This computer makes its own certificate, which browsers do not know: a guest&apos;s browser warns once and the guest chooses to continue. An office that runs its own certificate authority can install its root certificate on the guests&apos; computers instead; for guests outside the network, connect to an office server.</source>
        <translation>Les invités peuvent ouvrir les liens de réunion de ce compte sur cet ordinateur et sur les autres ordinateurs de votre réseau local. Cet ordinateur crée son propre certificat, que les navigateurs ne connaissent pas : le navigateur de l&apos;invité affiche une fois un avertissement et l&apos;invité choisit de continuer. Une entreprise qui gère sa propre autorité de certification peut plutôt installer son certificat racine sur les ordinateurs des invités ; pour les invités extérieurs au réseau, connectez-vous à un serveur d&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guests can open meeting links from this account only on this computer.</source>
        <translation>Les invités ne peuvent ouvrir les liens de réunion de ce compte que sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/accounts/form.py" line="+65"/>
        <source>The account could not be saved; see Details.</source>
        <translation>Le compte n&apos;a pas pu être enregistré ; voir Détails.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../launcher/__main__.py" line="+72"/>
        <source>Start, schedule and share video meetings.

For everyone:
  meeting-launcher          open the app (as the menu entry does)
  meeting-launcher LINK     join the meeting of a link someone sent you
                            (https://... or meeting-launcher:https://...)
  new                       create a room and print its guest link
  selftest                  check this computer: server, keyring, web engine, camera
  account                   add, list or remove accounts (credentials go to the OS keyring)

For whoever runs an office server:
  serve                     run the Meetings API server and the meeting pages
  app                       register applications on a server&apos;s data directory
                            (for &apos;account add&apos;; it does not start the app)
  backup                    copy a server&apos;s data directory consistently, also while it runs

Each command has its own --help (meeting-launcher new --help).</source>
        <extracomment>``--help``&apos;s list of commands: the people&apos;s first, the server operator&apos;s apart. Looked up in the system&apos;s language when printed (launcher.cli_i18n).</extracomment>
        <translation>Démarrer, planifier et partager des réunions vidéo.

Pour tout le monde :
  meeting-launcher          ouvrir l&apos;application (comme l&apos;entrée du menu)
  meeting-launcher LIEN     rejoindre la réunion d&apos;un lien que l&apos;on vous a envoyé
                            (https://... ou meeting-launcher:https://...)
  new                       créer une salle et afficher son lien invité
  selftest                  vérifier cet ordinateur : serveur, trousseau, moteur web, caméra
  account                   ajouter, lister ou supprimer des comptes (les identifiants
                            vont dans le trousseau du système)

Pour qui gère un serveur de bureau :
  serve                     faire tourner le serveur de l&apos;API Meetings et les pages de réunion
  app                       enregistrer des applications dans le dossier de données d&apos;un
                            serveur (pour « account add » ; ne démarre pas l&apos;application)
  backup                    copier le dossier de données d&apos;un serveur de façon cohérente,
                            même pendant qu&apos;il tourne

Chaque commande a sa propre aide --help (meeting-launcher new --help).</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Add, list or remove accounts; credentials go to the OS keyring.</source>
        <translation>Ajouter, lister ou supprimer des comptes ; les identifiants vont dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add an account for a Meetings server</source>
        <translation>ajouter un compte pour un serveur Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account for a Meetings server: the key, the id and the address are checked, and one room is listed on the server, before it is saved.</source>
        <translation>Ajouter un compte pour un serveur Meetings : la clé, l&apos;identifiant et l&apos;adresse sont vérifiés, et une salle est lue sur le serveur, avant l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the account&apos;s name, e.g. &quot;Front desk&quot;</source>
        <translation>le nom du compte, par ex. « Accueil »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s address, e.g. https://meet.office.lan:8443</source>
        <translation>l&apos;adresse du serveur, par ex. https://meet.office.lan:8443</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application id (a UUID) from the server&apos;s operator</source>
        <translation>l&apos;identifiant d&apos;application (un UUID) donné par l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application&apos;s private key file (PEM)</source>
        <translation>le fichier de clé privée de l&apos;application (PEM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s certificate, when it is not a public one</source>
        <translation>le certificat du serveur, s&apos;il n&apos;est pas public</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>make it the default account</source>
        <translation>en faire le compte par défaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list accounts (never prints secrets)</source>
        <translation>lister les comptes (n&apos;affiche jamais de secret)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the accounts: * marks the default one; never prints a secret.</source>
        <translation>Lister les comptes : * marque le compte par défaut ; aucun secret n&apos;est affiché.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove an account and its keyring entries</source>
        <translation>supprimer un compte et ses entrées du trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an account and its keyring entries.</source>
        <translation>Supprimer un compte et ses entrées du trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account&apos;s name</source>
        <translation>le nom du compte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a room with a stored account and print its guest link (with --json, the room as the server returned it, host link included: keep it secret).</source>
        <translation>Créer une salle avec un compte enregistré et afficher son lien invité (avec --json, la salle telle que le serveur l&apos;a renvoyée, lien d&apos;hôte compris : gardez-la secrète).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the account to use (default: the default account)</source>
        <translation>le compte à utiliser (sinon : le compte par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the meeting&apos;s name</source>
        <translation>le nom de la réunion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a long-term room, kept until --expires</source>
        <translation>une salle longue durée, conservée jusqu&apos;à --expires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when a long-term room stops working, e.g. 2031-03-14T09:30 (local time without an offset); 10 minutes to one year ahead</source>
        <translation>quand une salle longue durée cesse de fonctionner, par ex. 2031-03-14T09:30 (heure locale sans décalage) ; de 10 minutes à un an à l&apos;avance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>print the room as JSON (it holds the host link)</source>
        <translation>afficher la salle en JSON (elle contient le lien d&apos;hôte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check this computer: the built-in server, the keyring, the web engine, the camera and the microphone. Shows no window and touches none of your data.</source>
        <translation>Vérifier cet ordinateur : le serveur intégré, le trousseau, le moteur web, la caméra et le micro. N&apos;ouvre aucune fenêtre et ne touche à aucune de vos données.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print the results as JSON</source>
        <translation>afficher les résultats en JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the TURN relay of this account&apos;s server</source>
        <translation>vérifier le relais TURN du serveur de ce compte</translation>
    </message>
    <message>
        <location filename="../../launcher/cli_i18n.py" line="+155"/>
        <source>usage: </source>
        <extracomment>The languages the command line speaks (those of the window, launcher.ui.i18n). The context of the sentences marked with QT_TRANSLATE_NOOP (help texts). Every context of the command line&apos;s sentences (each Translator is named after its context, as pyside6-lupdate reads it from the name before ``.tr``). argparse&apos;s own sentences a person meets (its gettext messages), in context &quot;cli&quot;.</extracomment>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valable : %(value)r (au choix : %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>impossible avec l&apos;argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valable : %(value)r</translation>
    </message>
</context>
<context>
    <name>cli_account</name>
    <message>
        <location filename="../../launcher/core/account_cli.py" line="+59"/>
        <source>The password store (keyring) of this computer is locked. Unlock it and try again.</source>
        <extracomment>The sentences of ``account``, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>Le trousseau de mots de passe de cet ordinateur est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store (keyring) the launcher can use to keep the account&apos;s key safe.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe que le lanceur puisse utiliser pour garder la clé du compte en sécurité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password store (keyring) of this computer could not be used.</source>
        <translation>Le trousseau de mots de passe de cet ordinateur n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the account needs a name</source>
        <translation>le compte doit avoir un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is longer than {limit} characters</source>
        <translation>le nom dépasse {limit} caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an account named {name} already exists</source>
        <translation>un compte nommé {name} existe déjà</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{server} is not a server address (expected https://host[:port], with no user name, password, ? or # part)</source>
        <translation>{server} n&apos;est pas une adresse de serveur (attendu : https://hôte[:port], sans nom d&apos;utilisateur, mot de passe, ni partie ? ou #)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use an https:// address: plain http is only allowed for this computer</source>
        <translation>utilisez une adresse https:// : le http simple n&apos;est permis que pour cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the application id must be a UUID</source>
        <translation>l&apos;identifiant d&apos;application doit être un UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>no such file: {file}</source>
        <translation>fichier introuvable : {file}</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>cannot read {file}</source>
        <translation>impossible de lire {file}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{file} is not a private key that can be read (PEM, -----BEGIN ...)</source>
        <translation>{file} n&apos;est pas une clé privée lisible (PEM, -----BEGIN ...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is not an RSA key (RS256 needs one)</source>
        <translation>la clé privée n&apos;est pas une clé RSA (RS256 en demande une)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is protected by a passphrase; run this in a terminal to be asked for it, or add the account in the app</source>
        <translation>la clé privée est protégée par une phrase secrète ; lancez cette commande dans un terminal pour qu&apos;elle vous soit demandée, ou ajoutez le compte dans l&apos;application</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase for the private key is wrong</source>
        <translation>la phrase secrète de la clé privée est incorrecte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} holds no PEM certificate</source>
        <translation>{file} ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the credentials (401): wrong private key or application id</source>
        <translation>le serveur a refusé les identifiants (401) : clé privée ou identifiant d&apos;application erroné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Meetings API at this address (404): check the server URL</source>
        <translation>aucune API Meetings à cette adresse (404) : vérifiez l&apos;adresse du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s certificate is not trusted: add the office CA file</source>
        <translation>le certificat du serveur n&apos;est pas reconnu : ajoutez le fichier d&apos;autorité (CA) du bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer in time</source>
        <translation>le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server cannot be reached: check the address and the network</source>
        <translation>le serveur est injoignable : vérifiez l&apos;adresse et le réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered with an error: {detail}</source>
        <translation>le serveur a répondu par une erreur : {detail}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase for {file}: </source>
        <translation>Phrase secrète de {file} : </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added account {name} for {server} (default).</source>
        <translation>Compte {name} ajouté pour {server} (par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added account {name} for {server}.</source>
        <translation>Compte {name} ajouté pour {server}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. The app sets one up for this computer when it first starts.</source>
        <translation>Aucun compte. L&apos;application en crée un pour cet ordinateur à son premier démarrage.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(this computer)</source>
        <translation>(cet ordinateur)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no account named {name}</source>
        <translation>aucun compte nommé {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed account {name} and its keyring entries.</source>
        <translation>Compte {name} supprimé, avec ses entrées du trousseau.</translation>
    </message>
</context>
<context>
    <name>cli_new</name>
    <message>
        <location filename="../../launcher/core/room_cli.py" line="+64"/>
        <source>--expires: cannot read {text} as a date and time; use ISO 8601, e.g. 2031-03-14T09:30 or 2031-03-14T09:30:00Z</source>
        <extracomment>The sentences of ``new``, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>--expires : impossible de lire {text} comme une date et une heure ; utilisez l&apos;ISO 8601, par ex. 2031-03-14T09:30 ou 2031-03-14T09:30:00Z</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--expires must be at least 10 minutes from now</source>
        <translation>--expires doit être dans 10 minutes au moins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--expires must be at most one year from now</source>
        <translation>--expires doit être dans un an au plus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--long-term needs --expires ISO8601 (when the room stops working)</source>
        <translation>--long-term demande --expires ISO8601 (quand la salle cesse de fonctionner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--expires applies to long-term rooms only: add --long-term</source>
        <translation>--expires ne vaut que pour les salles longue durée : ajoutez --long-term</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting {time}</source>
        <translation>Réunion {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--name must not be empty</source>
        <translation>--name ne doit pas être vide</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>--name is %n characters long; at most {limit} are allowed</source>
        <translation>
            <numerusform>--name fait %n caractère ; {limit} au plus sont permis</numerusform>
            <numerusform>--name fait %n caractères ; {limit} au plus sont permis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--account: no account named {name} (accounts: {known})</source>
        <translation>--account : aucun compte nommé {name} (comptes : {known})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no account is set up yet: start Meeting Launcher once, or add one with &apos;meeting-launcher account add&apos;</source>
        <translation>aucun compte n&apos;est encore configuré : démarrez Meeting Launcher une fois, ou ajoutez-en un avec « meeting-launcher account add »</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>note: {text}</source>
        <translation>remarque : {text}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the server refused or could not be reached: {reason}</source>
        <translation>le serveur a refusé ou est injoignable : {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this link opens only on this computer, not for guests elsewhere; for guests on your network turn on &apos;Let guests on my local network join&apos; in the app&apos;s window, for guests anywhere use an office server (&apos;meeting-launcher account add&apos;).</source>
        <translation>ce lien ne s&apos;ouvre que sur cet ordinateur, pas pour des invités ailleurs ; pour des invités de votre réseau, activez « Laisser entrer les invités de mon réseau local » dans la fenêtre de l&apos;application, pour des invités n&apos;importe où, utilisez un serveur de bureau (« meeting-launcher account add »).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>guests&apos; browsers block camera and microphone on this http:// link; the server needs an https:// address.</source>
        <translation>les navigateurs des invités bloquent caméra et micro sur ce lien http:// ; le serveur a besoin d&apos;une adresse https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only computers on your network can open this link.</source>
        <translation>seuls les ordinateurs de votre réseau peuvent ouvrir ce lien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting Launcher is not running: start it before the meeting, guests can join only while it runs on this computer.</source>
        <translation>Meeting Launcher n&apos;est pas lancé : démarrez-le avant la réunion, les invités ne peuvent entrer que pendant qu&apos;il tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guests can join only while Meeting Launcher runs on this computer.</source>
        <translation>Les invités ne peuvent entrer que pendant que Meeting Launcher tourne sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>cli_selftest</name>
    <message>
        <location filename="../../launcher/web/selftest.py" line="+57"/>
        <source>server</source>
        <extracomment>How long a page gets to show what a check waits for. The checks, in the order they run and are reported (``--json`` keeps these names; the text report shows them in the system&apos;s language, context &quot;cli_selftest&quot;).</extracomment>
        <translation>serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web engine</source>
        <translation>moteur web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera and microphone</source>
        <translation>caméra et micro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host join</source>
        <translation>entrée de l&apos;hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relay</source>
        <translation>relais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other origin denied</source>
        <translation>autre origine refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clean-up</source>
        <extracomment>The report&apos;s sentences, in the system&apos;s language (launcher.cli_i18n). Reported only when closing the window, the web profile or the server went wrong.</extracomment>
        <translation>nettoyage</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>built-in server at {origin}</source>
        <extracomment>Set in the environment of the worker process that runs the checks. How long the worker may take for one check (start-up included) or the clean-up before it is stopped and the check reported as not finished. How long the worker may take to exit once it reported everything. The name of the instant room the relay check makes on an account&apos;s server.</extracomment>
        <translation>serveur intégré à {origin}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>room {code} created through the API client</source>
        <translation>salle {code} créée par le client de l&apos;API</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>joined the meeting as host over the signalling socket</source>
        <translation>entré dans la réunion comme hôte par la connexion de signalisation</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>set, read and deleted a throwaway entry in the OS keyring</source>
        <translation>une entrée jetable écrite, lue puis supprimée dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>the last %n lines the checks logged</source>
        <translation>
            <numerusform>journal des vérifications (%n dernière ligne)</numerusform>
            <numerusform>journal des vérifications (%n dernières lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_start</name>
    <message>
        <location filename="../../launcher/__main__.py" line="-307"/>
        <source>no link given</source>
        <extracomment>The sentences of the plain start (a link), in the system&apos;s language.</extracomment>
        <translation>aucun lien donné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the link is too long to be a meeting link</source>
        <translation>le lien est trop long pour être un lien de réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only http and https meeting links are opened</source>
        <translation>seuls les liens de réunion http et https sont ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the link is not a meeting link Meeting Launcher can open</source>
        <translation>ce n&apos;est pas un lien de réunion que Meeting Launcher peut ouvrir</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>meeting-launcher: link not opened: {reason}</source>
        <translation>meeting-launcher : lien non ouvert : {reason}</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/app.py" line="+189"/>
        <source>Meeting Launcher is already running.</source>
        <extracomment>The terminal&apos;s sentences at start-up, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>Meeting Launcher est déjà lancé.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../launcher/ui/errors.py" line="+39"/>
        <source>The server&apos;s security certificate is not trusted: ask your IT contact for the server&apos;s certificate file and add it to the account.</source>
        <translation>Le certificat de sécurité du serveur n&apos;est pas reconnu : demandez le fichier de certificat du serveur à votre service informatique et ajoutez-le au compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to the server could not be made; try again later.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took too long to answer; try again in a moment.</source>
        <translation>Le serveur a mis trop de temps à répondre ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting service on this computer is not answering; restart Meeting Launcher and try again.</source>
        <translation>Le service de réunion de cet ordinateur ne répond pas ; redémarrez Meeting Launcher et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting server could not be reached; check the network connection and try again.</source>
        <translation>Le serveur de réunion est injoignable ; vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not accept this account&apos;s key; check the account under Settings › Accounts.</source>
        <translation>Le serveur a refusé la clé de ce compte ; vérifiez le compte dans Menu › Comptes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s limit has been reached; ask the server&apos;s administrator for help.</source>
        <translation>La limite du serveur est atteinte ; demandez de l&apos;aide à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not allow this; ask the server&apos;s administrator for help.</source>
        <translation>Le serveur n&apos;a pas autorisé cette action ; demandez de l&apos;aide à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room no longer exists on the server; refresh the list of rooms.</source>
        <translation>Cette salle n&apos;existe plus sur le serveur ; actualisez la liste des salles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name is already taken; choose another one.</source>
        <translation>Ce nom est déjà pris ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details were not accepted; correct the highlighted fields.</source>
        <translation>Certaines informations ont été refusées ; corrigez les champs mis en évidence.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the request; see Details for its reason.</source>
        <translation>Le serveur a refusé la demande ; voir Détails pour la raison.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy; wait a moment and try again.</source>
        <translation>Le serveur est occupé ; patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server ran into a problem; try again in a moment.</source>
        <translation>Le serveur a rencontré un problème ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was not understood; check the account&apos;s server address.</source>
        <translation>La réponse du serveur n&apos;a pas été comprise ; vérifiez l&apos;adresse du serveur du compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring, where account keys are kept, could not be opened; unlock it and try again.</source>
        <translation>Le coffre-fort de mots de passe du système, où sont conservées les clés des comptes, n&apos;a pas pu être ouvert ; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file could not be read or written; check the folder and try again.</source>
        <translation>Un fichier n&apos;a pas pu être lu ou écrit ; vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong; try again, and see Details if it keeps happening.</source>
        <translation>Une erreur s&apos;est produite ; réessayez et consultez les Détails si le problème persiste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This theme no longer exists on the server; the list has been refreshed.</source>
        <translation>Ce thème n&apos;existe plus sur le serveur ; la liste a été actualisée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That short company URL is already used; choose another one.</source>
        <translation>Cette URL courte d&apos;entreprise est déjà utilisée ; choisissez-en une autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A theme with that name already exists; choose another name.</source>
        <translation>Un thème porte déjà ce nom ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server allows no more themes; delete one you no longer use.</source>
        <translation>Le serveur n&apos;accepte plus de nouveaux thèmes ; supprimez-en un que vous n&apos;utilisez plus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer has no network address right now, so its links still open only here; connect it to your network and turn the option on again.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;adresse réseau pour le moment : ses liens ne s&apos;ouvrent donc toujours qu&apos;ici. Connectez-le à votre réseau et réactivez l&apos;option.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a name for the account, such as “Front desk”.</source>
        <translation>Saisissez un nom pour le compte, par exemple « Accueil ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a shorter name.</source>
        <translation>Choisissez un nom plus court.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another account already has this name; choose another one.</source>
        <translation>Un autre compte porte déjà ce nom ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server address as given by your IT contact, e.g. https://meet.example.org.</source>
        <translation>Saisissez l&apos;adresse du serveur fournie par votre service informatique, p. ex. https://meet.example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must start with https:// so that the key travels safely.</source>
        <translation>L&apos;adresse doit commencer par https:// pour que la clé circule en sécurité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the meeting links address as https://host, or leave it empty.</source>
        <translation>Saisissez l&apos;adresse des liens de réunion sous la forme https://hôte, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application ID looks like 12345678-abcd-… (36 characters); check it.</source>
        <translation>L&apos;ID d&apos;application ressemble à 12345678-abcd-… (36 caractères) ; vérifiez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, drop or paste the private key file.</source>
        <translation>Choisissez, déposez ou collez le fichier de clé privée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That key file no longer exists; choose it again.</source>
        <translation>Ce fichier de clé n&apos;existe plus ; choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That key file could not be read; choose another.</source>
        <translation>Ce fichier de clé n&apos;a pas pu être lu ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a private key file (it should start with -----BEGIN).</source>
        <translation>Ce n&apos;est pas un fichier de clé privée (il devrait commencer par -----BEGIN).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is not an RSA key; the server needs an RSA key.</source>
        <translation>Cette clé n&apos;est pas une clé RSA ; le serveur a besoin d&apos;une clé RSA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is protected: enter its passphrase below.</source>
        <translation>Cette clé est protégée : saisissez sa phrase secrète ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is not right; try again.</source>
        <translation>La phrase secrète est incorrecte ; réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key has no passphrase; leave that field empty.</source>
        <translation>Cette clé n&apos;a pas de phrase secrète ; laissez ce champ vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That certificate file no longer exists; choose it again.</source>
        <translation>Ce fichier de certificat n&apos;existe plus ; choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That certificate file could not be read.</source>
        <translation>Ce fichier de certificat n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file holds no certificate; choose the .pem or .crt file.</source>
        <translation>Ce fichier ne contient aucun certificat ; choisissez le fichier .pem ou .crt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the application ID and key; check that they belong together.</source>
        <translation>Le serveur a refusé l&apos;ID d&apos;application et la clé ; vérifiez qu&apos;ils vont ensemble.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meeting server answers at this address; check the server address.</source>
        <translation>Aucun serveur de réunion ne répond à cette adresse ; vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted; add the certificate file from your IT contact.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu ; ajoutez le fichier de certificat fourni par votre service informatique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot be reached; check the address and the network connection.</source>
        <translation>Le serveur est injoignable ; vérifiez l&apos;adresse et la connexion réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time; try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps ; réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error; see Details.</source>
        <translation>Le serveur a répondu par une erreur ; voir Détails.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is not accepted.</source>
        <translation>Cette valeur n&apos;est pas acceptée.</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/message.py" line="+15"/>
        <source>Meeting Launcher</source>
        <translation>Meeting Launcher</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../launcher/ui/links.py" line="+26"/>
        <source>Paste the meeting link or type the meeting code first.</source>
        <translation>Collez d&apos;abord le lien de la réunion ou saisissez son code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long to be a meeting link. Copy the link again.</source>
        <translation>C&apos;est trop long pour un lien de réunion. Copiez à nouveau le lien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a meeting link. Meeting links start with https:// (or http://).</source>
        <translation>Ce n&apos;est pas un lien de réunion. Les liens de réunion commencent par https:// (ou http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a meeting link Meeting Launcher can open. Ask the person who sent it for the meeting&apos;s link or code.</source>
        <translation>Meeting Launcher ne peut pas ouvrir ce lien de réunion. Demandez le lien ou le code de la réunion à la personne qui vous l&apos;a envoyé.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Meeting {code}</source>
        <translation>Réunion {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting Launcher opened nothing. You can paste a link under “Join a meeting”.</source>
        <translation>Meeting Launcher n&apos;a rien ouvert. Vous pouvez coller un lien sous « Rejoindre une réunion ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join a meeting on another server?</source>
        <translation>Rejoindre une réunion sur un autre serveur ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting is on {server}, a server none of your accounts uses.</source>
        <translation>Cette réunion se trouve sur {server}, un serveur qu&apos;aucun de vos comptes n&apos;utilise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join only if you trust the person who sent you the link: the meeting window will use your camera and microphone for it.</source>
        <translation>Ne la rejoignez que si vous faites confiance à la personne qui vous a envoyé le lien : la fenêtre de réunion utilisera votre caméra et votre micro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
</context>
<context>
    <name>reach</name>
    <message>
        <location filename="../../launcher/ui/reach_note.py" line="-82"/>
        <source>Only this computer can open this link: a guest on another computer or phone gets an error page, so do not send it yet.</source>
        <translation>Seul cet ordinateur peut ouvrir ce lien : un invité sur un autre ordinateur ou un téléphone verrait une page d&apos;erreur. Ne l&apos;envoyez donc pas encore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests can open this link, but their browser blocks camera and microphone on it: the server needs an https:// address.</source>
        <translation>Les invités peuvent ouvrir ce lien, mais leur navigateur y bloque la caméra et le micro : le serveur a besoin d&apos;une adresse https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only computers and phones on your network can open this link. Their browser first warns that it does not know this computer&apos;s certificate: tell guests to choose to continue.</source>
        <translation>Seuls les ordinateurs et téléphones de votre réseau peuvent ouvrir ce lien. Leur navigateur signale d&apos;abord qu&apos;il ne connaît pas le certificat de cet ordinateur : dites aux invités de choisir de continuer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people on your office network can open this link, not guests outside it.</source>
        <translation>Seules les personnes du réseau de votre entreprise peuvent ouvrir ce lien, pas les invités extérieurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These links open only on this computer. To invite guests from elsewhere, start a meeting and follow the note under its link.</source>
        <translation>Ces liens ne s&apos;ouvrent que sur cet ordinateur. Pour inviter des personnes situées ailleurs, démarrez une réunion et suivez la note sous son lien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests&apos; browsers block camera and microphone on these links: the server needs an https:// address.</source>
        <translation>Les navigateurs des invités bloquent la caméra et le micro sur ces liens : le serveur a besoin d&apos;une adresse https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only computers and phones on your network can open these links.</source>
        <translation>Seuls les ordinateurs et téléphones de votre réseau peuvent ouvrir ces liens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only people on your office network can open these links.</source>
        <translation>Seules les personnes du réseau de votre entreprise peuvent ouvrir ces liens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Copied to the clipboard: paste it into an e-mail or a chat.</source>
        <translation>✓ Copié dans le presse-papiers : collez-le dans un e-mail ou une conversation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Copied to the clipboard, for a browser on this computer.</source>
        <translation>✓ Copié dans le presse-papiers, pour un navigateur de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste it into an e-mail or a chat to invite guests.</source>
        <translation>Collez-le dans un e-mail ou une conversation pour inviter des participants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It opens only on this computer: open Meeting Launcher to let guests elsewhere join.</source>
        <translation>Il ne s&apos;ouvre que sur cet ordinateur : ouvrez Meeting Launcher pour permettre à des invités situés ailleurs de participer.</translation>
    </message>
</context>
<context>
    <name>rooms</name>
    <message>
        <location filename="../../launcher/ui/roomtext.py" line="+64"/>
        <source>Meeting {time}</source>
        <translation>Réunion {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In a meeting now · %n person(s)</source>
        <translation>
            <numerusform>En réunion · %n personne</numerusform>
            <numerusform>En réunion · %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires {when}</source>
        <translation>Expire {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-term</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instant</source>
        <translation>Instantanée</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../launcher/ui/sharing.py" line="+23"/>
        <source>Copy the host link?</source>
        <translation>Copier le lien organisateur ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who opens the host link joins as host: they can let people in, record and end the meeting. Share it only with people who should host; send guests the guest link instead.</source>
        <translation>Toute personne qui ouvre le lien organisateur rejoint la réunion en tant qu&apos;organisateur : elle peut faire entrer des participants, enregistrer et mettre fin à la réunion. Ne le partagez qu&apos;avec les personnes qui doivent organiser ; envoyez plutôt le lien invité aux invités.</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <location filename="../../launcher/ui/themes/apply.py" line="+60"/>
        <source>Apply theme to rooms</source>
        <translation>Appliquer le thème aux salles</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Which rooms should use “{name}”?</source>
        <translation>Quelles salles doivent utiliser « {name} » ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only long-term rooms can change their look; meetings started with one click use the default theme. Untick a room to give it back the default look.</source>
        <translation>Seules les salles permanentes peuvent changer d&apos;apparence ; les réunions démarrées en un clic utilisent le thème par défaut. Décochez une salle pour lui rendre l&apos;apparence par défaut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>With this theme, guest links look like {link}; links already sent keep working.</source>
        <translation>Avec ce thème, les liens invités ressemblent à {link} ; les liens déjà envoyés continuent de fonctionner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Filter rooms by name</source>
        <translation>Filtrer les salles par nom</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no long-term rooms yet. Schedule one from the main window.</source>
        <translation>Il n&apos;y a pas encore de salle permanente. Planifiez-en une depuis la fenêtre principale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select none</source>
        <translation>Ne rien sélectionner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>uses this theme</source>
        <translation>utilise ce thème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uses “{name}”</source>
        <translation>utilise « {name} »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uses another theme</source>
        <translation>utilise un autre thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default look</source>
        <translation>apparence par défaut</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n room(s) selected</source>
        <translation>
            <numerusform>%n salle sélectionnée</numerusform>
            <numerusform>%n salles sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating room {n} of {total}…</source>
        <translation>Mise à jour de la salle {n} sur {total}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>These rooms could not be changed: {names}. {reason}</source>
        <translation>Ces salles n&apos;ont pas pu être modifiées : {names}. {reason}</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/common.py" line="+30"/>
        <source>Text on this colour is hard to read: contrast {ratio:.1f}:1, below the 4.5:1 that WCAG AA asks for (buttons and initials use it).</source>
        <translation>Le texte sur cette couleur est difficile à lire : contraste de {ratio:.1f}:1, en dessous des 4,5:1 demandés par le WCAG AA (les boutons et les initiales l&apos;utilisent).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buttons in this colour hardly stand out from the meeting page&apos;s dark background ({ratio:.1f}:1, at least 3:1 recommended).</source>
        <translation>Les boutons de cette couleur ressortent à peine sur le fond sombre de la page de réunion ({ratio:.1f}:1, au moins 3:1 recommandé).</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/editor.py" line="+87"/>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+357"/>
        <source>Edit theme</source>
        <translation>Modifier le thème</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>e.g. Acme spring campaign (default: the brand text)</source>
        <translation>p. ex. Campagne de printemps Acme (par défaut : le texte de marque)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Pick a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shown next to the logo, e.g. Acme Travel</source>
        <translation>Affiché à côté du logo, p. ex. Acme Voyages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. acme</source>
        <translation>facultatif, p. ex. acme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <location line="+182"/>
        <source>Main colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Brand text</source>
        <translation>Texte de marque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short company URL</source>
        <translation>URL courte d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Images</source>
        <translation>Logos et icône</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New images show in the preview once the theme is saved.</source>
        <translation>Les nouvelles images apparaissent dans l&apos;aperçu une fois le thème enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What guests will see</source>
        <translation>Ce que verront les invités</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create theme</source>
        <translation>Créer le thème</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+220"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type a colour like #14213D, or pick one with the button.</source>
        <translation>Saisissez une couleur comme #14213D, ou choisissez-en une avec le bouton.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guest links will look like {link}</source>
        <translation>Les liens invités ressembleront à {link}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brand text is required.</source>
        <translation>Le texte de marque est obligatoire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Weekly team meeting</source>
        <translation>Réunion d&apos;équipe hebdomadaire</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Images PNG (*.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uploading images…</source>
        <translation>Envoi des images…</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../../launcher/ui/themes/images.py" line="+52"/>
        <source>The server refused it ({code}).</source>
        <translation>Le serveur l&apos;a refusée ({code}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused some images; see the notes under each image.</source>
        <translation>Le serveur a refusé certaines images ; voir les remarques sous chaque image.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>At most 128 characters.</source>
        <translation>128 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only letters, digits, “-”, “_” and “~”; no spaces or accents.</source>
        <translation>Uniquement des lettres, des chiffres, « - », « _ » et « ~ » ; ni espaces ni accents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one letter: digits alone look like a meeting code.</source>
        <translation>Ajoutez au moins une lettre : des chiffres seuls ressemblent à un code de réunion.</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/images.py" line="-23"/>
        <source>Not a PNG image: save it as PNG.</source>
        <translation>Ce n&apos;est pas une image PNG : enregistrez-la au format PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size:.1f} MB; at most 1 MB.</source>
        <translation>Le fichier fait {size:.1f} Mo ; 1 Mo au maximum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is {w} × {h} px; the favicon must be square, 16 to 32 px.</source>
        <translation>Elle mesure {w} × {h} px ; l&apos;icône d&apos;onglet doit être carrée, de 16 à 32 px.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is {w} × {h} px; logos may be at most 300 × 300 px.</source>
        <translation>Elle mesure {w} × {h} px ; les logos ne peuvent pas dépasser 300 × 300 px.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The background is not transparent: its corners must be see-through.</source>
        <translation>Le fond n&apos;est pas transparent : ses coins doivent être transparents.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coloured logo</source>
        <translation>Logo en couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White logo</source>
        <translation>Logo blanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favicon</source>
        <translation>Icône d&apos;onglet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG, square, 16 to 32 px, transparent background, at most 1 MB</source>
        <translation>PNG, carrée, de 16 à 32 px, fond transparent, 1 Mo au maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG, up to 300 × 300 px, transparent background, at most 1 MB</source>
        <translation>PNG, jusqu&apos;à 300 × 300 px, fond transparent, 1 Mo au maximum</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t change</source>
        <translation>Ne pas modifier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Uploaded; choose a file to replace it.</source>
        <translation>Envoyée ; choisissez un fichier pour la remplacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet (optional).</source>
        <translation>Aucune pour l&apos;instant (facultatif).</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../launcher/ui/main_window.py" line="+30"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (this computer)</source>
        <translation>{name} (cet ordinateur)</translation>
    </message>
</context>
</TS>
