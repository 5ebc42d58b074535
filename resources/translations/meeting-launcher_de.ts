<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../launcher/ui/accounts/list.py" line="+53"/>
        <location line="+8"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let guests on my local network join</source>
        <translation>Gäste aus meinem lokalen Netzwerk zulassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a server…</source>
        <translation>Mit einem Server verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set as default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — default</source>
        <translation>{name} – Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings run on this computer</source>
        <translation>Besprechungen laufen auf diesem Computer</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “{name}”?</source>
        <translation>Das Konto „{name}“ entfernen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings on this computer stay, but this app can no longer create them.</source>
        <translation>Besprechungen auf diesem Computer bleiben erhalten, aber diese App kann keine neuen mehr erstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its key is deleted from this computer. Rooms on the server stay.</source>
        <translation>Sein Schlüssel wird von diesem Computer gelöscht. Räume auf dem Server bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The account could not be removed because the password store is not available.</source>
        <translation>Das Konto konnte nicht entfernt werden, weil der Passwortspeicher nicht verfügbar ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account could not be removed; see Details.</source>
        <translation>Das Konto konnte nicht entfernt werden; siehe Details.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The meeting service on this computer could not restart; see Details.</source>
        <translation>Der Besprechungsdienst auf diesem Computer konnte nicht neu starten; siehe Details.</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../launcher/ui/accounts/form.py" line="+80"/>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter what your IT contact gave you. The key is kept in this computer&apos;s password store; afterwards you may delete the key file.</source>
        <translation>Geben Sie ein, was Sie von Ihrer IT-Abteilung erhalten haben. Der Schlüssel wird im Passwortspeicher dieses Computers aufbewahrt; die Schlüsseldatei können Sie danach löschen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the private key here, drop its file on this window, or choose it.</source>
        <translation>Fügen Sie den privaten Schlüssel hier ein, ziehen Sie seine Datei auf dieses Fenster oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the server&apos;s certificate file</source>
        <translation>Optional: die Zertifikatsdatei des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: where guests open meeting links</source>
        <translation>Optional: wo Gäste Besprechungslinks öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this account for new meetings</source>
        <translation>Dieses Konto für neue Besprechungen verwenden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting links</source>
        <translation>Besprechungslinks</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the account with the server…</source>
        <translation>Konto wird beim Server geprüft…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Leave empty to keep the stored one</source>
        <translation>Leer lassen, um die gespeicherte beizubehalten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the server&apos;s certificate</source>
        <translation>Zertifikat des Servers auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>BrowserHandoff</name>
    <message>
        <location filename="../../launcher/web/handoff.py" line="+116"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting server cannot hand the host link to your browser safely. You can copy the host link and paste it into your browser&apos;s address bar: anyone who has it joins as host, so do not send it to anyone.</source>
        <translation>Dieser Besprechungsserver kann den Gastgeber-Link nicht sicher an Ihren Browser übergeben. Sie können den Gastgeber-Link kopieren und in die Adressleiste Ihres Browsers einfügen: Wer ihn hat, nimmt als Gastgeber teil – senden Sie ihn also an niemanden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy host link</source>
        <translation>Gastgeber-Link kopieren</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <location filename="../../launcher/ui/front_desk.py" line="+179"/>
        <source>A visitor</source>
        <translation>Ein Besucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is waiting</source>
        <translation>{name} wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the waiting room of “{room}”</source>
        <translation>Im Warteraum von „{room}“</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Open meeting</source>
        <translation>Besprechung öffnen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Admit</source>
        <translation>Hereinlassen</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../launcher/ui/invite_dialog.py" line="+56"/>
        <source>Invite guests</source>
        <extracomment>Who can open the link (the window knows the account; else from the link).</extracomment>
        <translation>Gäste einladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are invited to a video meeting: {name}</source>
        <translation>Sie sind zu einer Videobesprechung eingeladen: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join from your browser: {link}</source>
        <translation>Teilnehmen im Browser: {link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link works until {expiry}.</source>
        <translation>Dieser Link ist gültig bis {expiry}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting room closes 10 minutes after the last person leaves.</source>
        <translation>Der Besprechungsraum schließt 10 Minuten, nachdem die letzte Person gegangen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation: {name}</source>
        <translation>Einladung: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link opens only on the computer that made it: it is not for guests elsewhere.</source>
        <translation>Dieser Link öffnet sich nur auf dem Computer, der ihn erstellt hat: Er ist nicht für Gäste an anderen Orten gedacht.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invite guests to “{name}”</source>
        <translation>Gäste zu „{name}“ einladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send this text by e-mail or chat, or let a visitor scan the code.</source>
        <translation>Senden Sie diesen Text per E-Mail oder Chat, oder lassen Sie Besucher den Code scannen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this text to try the link in a browser on this computer.</source>
        <translation>Kopieren Sie diesen Text, um den Link in einem Browser auf diesem Computer auszuprobieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan to join</source>
        <translation>Zum Teilnehmen scannen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan with a phone camera to open the guest link</source>
        <translation>Mit der Kamera eines Telefons scannen, um den Gastlink zu öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy invitation</source>
        <translation>Einladung kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail…</source>
        <translation>E-Mail…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This link opens only on this computer</source>
        <translation>Dieser Link öffnet sich nur auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save to calendar…</source>
        <translation>Im Kalender speichern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a meeting time</source>
        <translation>Besprechungszeit hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week until the room expires</source>
        <translation>Jede Woche, bis der Raum abläuft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a meeting time, the calendar shows the link until the room expires.</source>
        <translation>Ohne Besprechungszeit zeigt der Kalender den Link an, bis der Raum abläuft.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Calendar file saved</source>
        <translation>Kalenderdatei gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ Invitation copied to the clipboard</source>
        <translation>✓ Einladung in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save calendar file</source>
        <translation>Kalenderdatei speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <location filename="../../launcher/ui/join_card.py" line="+21"/>
        <source>Join a meeting</source>
        <translation>An einer Besprechung teilnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a meeting link or code</source>
        <translation>Besprechungslink oder -code einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting link or code</source>
        <translation>Besprechungslink oder -code</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>A meeting link or code someone sent you; press Enter to join</source>
        <translation>Ein Besprechungslink oder -code, den Sie erhalten haben; mit der Eingabetaste nehmen Sie teil</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Join</source>
        <translation>Teilnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join the meeting of this link or code</source>
        <translation>An der Besprechung dieses Links oder Codes teilnehmen</translation>
    </message>
</context>
<context>
    <name>KeyringDialog</name>
    <message>
        <location filename="../../launcher/ui/keyring_dialog.py" line="+43"/>
        <source>Password store not available</source>
        <translation>Passwortspeicher nicht verfügbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s password store is locked, so the account&apos;s key cannot be kept safe. Unlock it (or sign in again) and try once more.</source>
        <translation>Der Passwortspeicher dieses Computers ist gesperrt, daher kann der Schlüssel des Kontos nicht sicher aufbewahrt werden. Entsperren Sie ihn (oder melden Sie sich neu an) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no password store where the account&apos;s key can be kept safe.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher, in dem der Schlüssel des Kontos sicher aufbewahrt werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s password store could not be used just now.</source>
        <translation>Der Passwortspeicher dieses Computers konnte gerade nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can still use the account until you close Meeting Launcher: the key then stays in memory only and is never written to disk. You will be asked again next time.</source>
        <translation>Sie können das Konto trotzdem verwenden, bis Sie Meeting Launcher schließen: Der Schlüssel bleibt dann nur im Arbeitsspeicher und wird nie auf die Festplatte geschrieben. Beim nächsten Mal werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
</context>
<context>
    <name>LanSwitch</name>
    <message>
        <location filename="../../launcher/ui/lan_switch.py" line="+31"/>
        <source>Let guests on my local network join</source>
        <translation>Gäste aus meinem lokalen Netzwerk zulassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies at once, no restart needed</source>
        <translation>Gilt sofort, ohne Neustart</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computers and phones on this network can open your meeting links.</source>
        <translation>Computer und Telefone in diesem Netzwerk können Ihre Besprechungslinks öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now only this computer can open your meeting links.</source>
        <translation>Derzeit kann nur dieser Computer Ihre Besprechungslinks öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restarting the meeting service of this computer…</source>
        <translation>Der Besprechungsdienst dieses Computers wird neu gestartet…</translation>
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
        <translation>Das Konto, mit dem neue Räume erstellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>☰  Menu</source>
        <translation>☰  Menü</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Themes</source>
        <translation>Designs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company&apos;s colour, name and logo on meetings</source>
        <translation>Farbe, Name und Logo Ihres Unternehmens in Besprechungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a meeting</source>
        <translation>Besprechung starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates a room and copies the guest link, ready to paste.</source>
        <translation>Erstellt einen Raum und kopiert den Gastlink zum Einfügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: a name guests will see</source>
        <translation>Optional: ein Name, den Gäste sehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a meeting now</source>
        <translation>Jetzt Besprechung starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a meeting now (Ctrl+N)</source>
        <translation>Jetzt Besprechung starten (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+708"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-705"/>
        <source>Schedule a long-term room…</source>
        <translation>Dauerhaften Raum planen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A room whose link stays the same, for weekly meetings</source>
        <translation>Ein Raum, dessen Link gleich bleibt, für wöchentliche Besprechungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting name (optional)</source>
        <translation>Name der Besprechung (optional)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Accounts…</source>
        <translation>Konten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep running in the tray when closed</source>
        <translation>Beim Schließen im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play a sound when a visitor is waiting</source>
        <translation>Ton abspielen, wenn ein Besucher wartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+626"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+291"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Guests outside your network can join when meetings run on your office&apos;s server, one with an https:// address on the internet. Choose “Connect to a server…” and enter the address and key your IT contact gives you.</source>
        <translation>Gäste außerhalb Ihres Netzwerks können teilnehmen, wenn die Besprechungen auf dem Server Ihres Büros laufen, der im Internet unter einer https://-Adresse erreichbar ist. Wählen Sie „Mit einem Server verbinden…“ und geben Sie die Adresse und den Schlüssel ein, die Sie von Ihrer IT erhalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening this computer to your network…</source>
        <translation>Dieser Computer wird für Ihr Netzwerk geöffnet…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Now only this computer can open your meeting links</source>
        <translation>Jetzt kann nur noch dieser Computer Ihre Besprechungslinks öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guests on your network can join now. Links start with {origin}</source>
        <translation>Gäste aus Ihrem Netzwerk können jetzt teilnehmen. Links beginnen mit {origin}</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+44"/>
        <source>✓ Guest link copied</source>
        <translation>✓ Gastlink kopiert</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>✓ Changes saved</source>
        <translation>✓ Änderungen gespeichert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host link copied: share it only with hosts</source>
        <translation>Gastgeber-Link kopiert: nur mit Gastgebern teilen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening the meeting…</source>
        <translation>Besprechung wird geöffnet…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>★ “{name}” is now your room</source>
        <translation>★ „{name}“ ist jetzt Ihr Raum</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>✓ Guest link of “{name}” copied</source>
        <translation>✓ Gastlink von „{name}“ kopiert</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leave the meeting?</source>
        <translation>Besprechung verlassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are in a meeting: “{room}”.</source>
        <translation>Sie sind in einer Besprechung: „{room}“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You are in %n meeting(s).</source>
        <translation>
            <numerusform>Sie sind in %n Besprechung.</numerusform>
            <numerusform>Sie sind in %n Besprechungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitting Meeting Launcher leaves the meeting.</source>
        <translation>Wenn Sie Meeting Launcher beenden, verlassen Sie die Besprechung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave and quit</source>
        <translation>Verlassen und beenden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keep Meeting Launcher running?</source>
        <translation>Meeting Launcher weiterlaufen lassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Meeting Launcher running in the tray when you close the window?</source>
        <translation>Soll Meeting Launcher im Infobereich weiterlaufen, wenn Sie das Fenster schließen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the tray icon you can start a meeting or copy your room&apos;s link at any time, and guests can still join meetings hosted on this computer. You can change this later in the menu.</source>
        <translation>Über das Symbol im Infobereich können Sie jederzeit eine Besprechung starten oder den Link Ihres Raums kopieren, und Gäste können weiterhin an Besprechungen auf diesem Computer teilnehmen. Sie können das später im Menü ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../launcher/web/window.py" line="+123"/>
        <source>{} – Meeting</source>
        <extracomment>The web engine could not show the meeting; the fallback panel is up. The window closed (after the page left the meeting). Closed while in the meeting, with the app&apos;s tray: the window hid, the meeting goes on.</extracomment>
        <translation>{} – Besprechung</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+89"/>
        <location line="+11"/>
        <source>The meeting cannot be shown in this window on this computer.</source>
        <extracomment>The meeting&apos;s name, as the tray shows it (&quot;In a meeting: ...&quot;). Closing hides the window while its person is in the meeting (the app sets this when its tray keeps it running); leaving is the page&apos;s Leave, or quitting. What :func:`launcher.web.open_meeting` finds this window by (or None). Asks whether to close while the recording is being saved (tests answer it).</extracomment>
        <translation>Die Besprechung kann auf diesem Computer nicht in diesem Fenster angezeigt werden.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The meeting cannot be shown in this window while Meeting Launcher runs as the administrator (root). Open it in your browser, or start Meeting Launcher as your usual user.</source>
        <translation>Die Besprechung kann in diesem Fenster nicht angezeigt werden, solange Meeting Launcher als Administrator (root) läuft. Öffnen Sie sie im Browser oder starten Sie Meeting Launcher mit Ihrem gewohnten Benutzerkonto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meeting cannot be shown in this window: this computer&apos;s system does not allow the protection the window needs. Open it in your browser.</source>
        <translation>Die Besprechung kann in diesem Fenster nicht angezeigt werden: Das System dieses Computers erlaubt den Schutz nicht, den das Fenster braucht. Öffnen Sie sie im Browser.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The meeting server cannot be reached. Check the network and try again.</source>
        <translation>Der Besprechungsserver ist nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting server&apos;s certificate is not trusted for this account.</source>
        <translation>Dem Zertifikat des Besprechungsservers wird für dieses Konto nicht vertraut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The meeting window stopped unexpectedly.</source>
        <translation>Das Besprechungsfenster wurde unerwartet beendet.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The recording is still being saved</source>
        <translation>Die Aufnahme wird noch gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is still being saved.</source>
        <translation>Die Aufnahme wird noch gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing now keeps only what has reached the server. The window closes by itself once all of it is saved.</source>
        <translation>Wenn Sie jetzt schließen, bleibt nur, was schon beim Server angekommen ist. Das Fenster schließt sich von selbst, sobald alles gespeichert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep saving</source>
        <translation>Weiter speichern</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../launcher/ui/widgets.py" line="+224"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MyRoomCard</name>
    <message>
        <location filename="../../launcher/ui/my_room_card.py" line="+23"/>
        <source>My room</source>
        <translation>Mein Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy guest link</source>
        <translation>Gastlink kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
</context>
<context>
    <name>PaintedPreview</name>
    <message>
        <location filename="../../launcher/ui/themes/preview.py" line="+430"/>
        <source>Ready to join?</source>
        <extracomment>The page is laid out for a meeting window of this width, then zoomed to fit. &quot;web&quot; or &quot;painted&quot;, once the shown theme is on screen.</extracomment>
        <translation>Bereit zum Beitreten?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Join now</source>
        <translation>Jetzt teilnehmen</translation>
    </message>
</context>
<context>
    <name>ReachNote</name>
    <message>
        <location filename="../../launcher/ui/reach_note.py" line="+100"/>
        <source>Let guests on my network join</source>
        <extracomment>Let guests on this network join (the built-in server, all interfaces, TLS). Open the accounts dialog to connect to an office server.</extracomment>
        <translation>Gäste aus meinem Netzwerk zulassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting service of this computer then answers other computers on your network too, over HTTPS with a certificate of its own</source>
        <translation>Der Besprechungsdienst dieses Computers antwortet dann auch anderen Computern in Ihrem Netzwerk, über HTTPS mit einem eigenen Zertifikat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to the office server…</source>
        <translation>Mit dem Büroserver verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server on the internet lets guests join from anywhere</source>
        <translation>Mit einem Server im Internet können Gäste von überall teilnehmen</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../launcher/ui/result_card.py" line="+56"/>
        <source>Guest link</source>
        <extracomment>The way forward when the link reaches too few: guests on my network, office server.</extracomment>
        <translation>Gastlink</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+73"/>
        <source>Your meeting is ready</source>
        <translation>Ihre Besprechung ist bereit</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Guests can join only while Meeting Launcher is running on this computer.</source>
        <translation>Gäste können nur teilnehmen, solange Meeting Launcher auf diesem Computer läuft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join as host</source>
        <translation>Als Gastgeber öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More ▾</source>
        <translation>Mehr ▾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy host link…</source>
        <translation>Gastgeber-Link kopieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it my room</source>
        <translation>Zu meinem Raum machen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your room is ready</source>
        <translation>Ihr Raum ist bereit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The link works until {when}.</source>
        <translation>Der Link ist gültig bis {when}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room closes 10 minutes after the last person leaves.</source>
        <translation>Der Raum schließt 10 Minuten, nachdem die letzte Person gegangen ist.</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <location filename="../../launcher/ui/rooms_model.py" line="+63"/>
        <source>Name</source>
        <extracomment>Values of ``Qt.ItemDataRole`` (checked against Qt by a test).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting: {names}</source>
        <translation>Wartet: {names}</translation>
    </message>
</context>
<context>
    <name>RoomsView</name>
    <message>
        <location filename="../../launcher/ui/rooms_view.py" line="+109"/>
        <location line="+40"/>
        <source>Rooms</source>
        <extracomment>``end_id`` beyond any room serial: the page of the newest rooms. Newest first through ``end_id``; False walks every page oldest first instead (what the view falls back to when a server ignores a lone ``end_id``).</extracomment>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading rooms</source>
        <translation>Laden der Räume abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⟳ Refresh</source>
        <translation>⟳ Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again</source>
        <translation>Liste neu laden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Nach Name suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All rooms</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within a day</source>
        <translation>Läuft innerhalb eines Tages ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No rooms yet. Start a meeting or schedule a room.</source>
        <translation>Noch keine Räume. Starten Sie eine Besprechung oder planen Sie einen Raum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+109"/>
        <source>Copy guest link</source>
        <translation>Gastlink kopieren</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Join as host</source>
        <translation>Als Gastgeber öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>☆ Make it my room</source>
        <translation>☆ Zu meinem Raum machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this room one click away as “My room”</source>
        <translation>Diesen Raum als „Mein Raum“ mit einem Klick erreichbar halten</translation>
    </message>
    <message numerus="yes">
        <location line="+248"/>
        <source>{n} of %n room(s)</source>
        <translation>
            <numerusform>{n} von %n Raum</numerusform>
            <numerusform>{n} von %n Räumen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Instant rooms cannot be changed.</source>
        <translation>Sofort-Räume können nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../launcher/ui/schedule_dialog.py" line="+89"/>
        <source>Edit room</source>
        <translation>Raum bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule a room</source>
        <translation>Raum planen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create room</source>
        <translation>Raum erstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule a long-term room</source>
        <translation>Dauerhaften Raum planen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change when the room expires and how meetings in it work.</source>
        <translation>Ändern Sie, wann der Raum abläuft und wie Besprechungen darin ablaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A room with a link that stays the same, for a weekly meeting or a team.</source>
        <translation>Ein Raum mit einem gleichbleibenden Link, für eine wöchentliche Besprechung oder ein Team.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Weekly team meeting</source>
        <translation>z. B. Wöchentliche Teambesprechung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A room&apos;s name cannot be changed.</source>
        <translation>Der Name eines Raums kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close the room after its first meeting</source>
        <translation>Raum nach der ersten Besprechung schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+136"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guests join straight away</source>
        <translation>Gäste treten sofort bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests wait until the host joins</source>
        <translation>Gäste warten, bis der Gastgeber beitritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host lets in each guest</source>
        <translation>Der Gastgeber lässt jeden Gast einzeln herein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guest&apos;s choice</source>
        <translation>Nach Wahl des Gastes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (muted)</source>
        <translation>Aus (stumm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s browser language</source>
        <translation>Die Browsersprache des Gastes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining</source>
        <translation>Beitritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting room</source>
        <translation>Warteraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page language</source>
        <translation>Sprache der Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record every meeting automatically</source>
        <translation>Jede Besprechung automatisch aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record only the host</source>
        <translation>Nur den Gastgeber aufnehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording choices are fixed when a room is created.</source>
        <translation>Die Aufnahmeeinstellungen werden beim Erstellen des Raums festgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whiteboard</source>
        <translation>Whiteboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording button</source>
        <translation>Aufnahme-Schaltfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the meeting</source>
        <translation>In der Besprechung</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+23"/>
        <source>Theme {id}</source>
        <translation>Design {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list of themes could not be loaded.</source>
        <translation>Die Liste der Designs konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the room a name.</source>
        <translation>Geben Sie dem Raum einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use at most {n} characters (now {m}).</source>
        <translation>Verwenden Sie höchstens {n} Zeichen (jetzt {m}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick a time at least 10 minutes from now.</source>
        <translation>Wählen Sie einen Zeitpunkt mindestens 10 Minuten ab jetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a time at most one year from now.</source>
        <translation>Wählen Sie einen Zeitpunkt höchstens ein Jahr ab jetzt.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The server did not accept some details; see the highlighted fields.</source>
        <translation>Der Server hat einige Angaben nicht akzeptiert; siehe die markierten Felder.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>ScreenSharePicker</name>
    <message>
        <location filename="../../launcher/web/picker.py" line="+38"/>
        <source>Share your screen</source>
        <translation>Bildschirm teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the others in the meeting will see.</source>
        <translation>Wählen Sie, was die anderen in der Besprechung sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entire screen</source>
        <translation>Gesamter Bildschirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no screen or window to share on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen Bildschirm und kein Fenster zum Teilen.</translation>
    </message>
</context>
<context>
    <name>ThemeRow</name>
    <message>
        <location filename="../../launcher/ui/themes/row.py" line="+27"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Counting rooms…</source>
        <translation>Räume werden gezählt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used by any room</source>
        <translation>Von keinem Raum verwendet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Used by %n room(s)</source>
        <translation>
            <numerusform>Von %n Raum verwendet</numerusform>
            <numerusform>Von %n Räumen verwendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../launcher/ui/themes/list.py" line="+577"/>
        <source>Themes</source>
        <translation>Designs</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <location line="-463"/>
        <location line="+23"/>
        <source>Themes</source>
        <translation>Designs</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>How your meetings look to guests: main colour, brand text and logos. Pick a theme to see the meeting page as guests will see it.</source>
        <translation>So sehen Gäste Ihre Besprechungen: Hauptfarbe, Markentext und Logos. Wählen Sie ein Design, um die Besprechungsseite so zu sehen, wie Gäste sie sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New theme…</source>
        <translation>Neues Design…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No themes yet. Create one to give your meetings your company&apos;s colour, name and logo.</source>
        <translation>Noch keine Designs. Erstellen Sie eines, um Ihren Besprechungen Farbe, Name und Logo Ihres Unternehmens zu geben.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before joining</source>
        <translation>Vor dem Beitritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the meeting</source>
        <translation>In der Besprechung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What guests will see</source>
        <translation>Was Gäste sehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+179"/>
        <source>Use for all meetings</source>
        <translation>Für alle Besprechungen verwenden</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Make this the application&apos;s default theme, used by rooms without a theme</source>
        <translation>Zum Standard-Design der Anwendung machen, das Räume ohne eigenes Design verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply to rooms…</source>
        <translation>Auf Räume anwenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Weekly team meeting</source>
        <translation>Wöchentliche Teambesprechung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest links will look like {link}</source>
        <translation>Gastlinks sehen so aus: {link}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop using for all meetings</source>
        <translation>Nicht mehr für alle Besprechungen verwenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✓ Theme “{name}” saved</source>
        <translation>✓ Design „{name}“ gespeichert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ “{name}” is now used for all meetings without a theme of their own</source>
        <translation>✓ „{name}“ wird jetzt für alle Besprechungen ohne eigenes Design verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ “{name}” is no longer the default theme</source>
        <translation>✓ „{name}“ ist nicht mehr das Standard-Design</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>✓ %n room(s) updated</source>
        <translation>
            <numerusform>✓ %n Raum aktualisiert</numerusform>
            <numerusform>✓ %n Räume aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete theme</source>
        <translation>Design löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“{name}” is used by %n room(s). Delete it anyway?</source>
        <translation>
            <numerusform>„{name}“ wird von %n Raum verwendet. Trotzdem löschen?</numerusform>
            <numerusform>„{name}“ wird von %n Räumen verwendet. Trotzdem löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Those rooms will look like the default theme from now on; their links stay the same unless the theme had a short company URL.</source>
        <translation>Diese Räume sehen ab jetzt wie das Standard-Design aus; ihre Links bleiben gleich, außer das Design hatte eine kurze Firmen-URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the theme “{name}”?</source>
        <translation>Das Design „{name}“ löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the default theme: meetings will use the standard look.</source>
        <translation>Es ist das Standard-Design: Besprechungen erhalten das normale Aussehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>✓ Theme “{name}” deleted</source>
        <translation>✓ Design „{name}“ gelöscht</translation>
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
        <translation>Jetzt Besprechung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy my room&apos;s guest link</source>
        <translation>Gastlink meines Raums kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Meeting Launcher</source>
        <translation>Meeting Launcher öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <location line="+22"/>
        <source>%n visitor(s) waiting</source>
        <translation>
            <numerusform>%n Besucher wartet</numerusform>
            <numerusform>%n Besucher warten</numerusform>
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
        <translation>In einer Besprechung: {room}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting goes on. Open it again from this icon; leave it with Leave.</source>
        <translation>Die Besprechung läuft weiter. Öffnen Sie sie über dieses Symbol wieder; beenden Sie sie mit „Verlassen“.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pin a long-term room as “My room” in the window first</source>
        <translation>Legen Sie zuerst im Fenster einen dauerhaften Raum als „Mein Raum“ fest</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting Launcher is still running</source>
        <translation>Meeting Launcher läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start meetings and copy your room&apos;s link from this icon.</source>
        <translation>Starten Sie Besprechungen und kopieren Sie den Link Ihres Raums über dieses Symbol.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Guest link copied</source>
        <translation>Gastlink kopiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your room&apos;s guest link is on the clipboard.</source>
        <translation>Der Gastlink Ihres Raums ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>_FallbackPanel</name>
    <message>
        <location filename="../../launcher/web/window.py" line="-374"/>
        <source>Details</source>
        <extracomment>How long the page gets to say goodbye to the others before the window goes. While the host&apos;s recording is being saved after leaving: how often the window asks the page, and how long it waits at most before closing anyway. Chromium&apos;s net::ERR_ABORTED: a navigation we blocked ourselves, not a failure. True in the page while its person is in the meeting or waiting to be let in.</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../launcher/ui/accounts/common.py" line="+16"/>
        <source>Guests can open meeting links from this account on this computer and on other computers in your local network. This computer makes its own certificate, which browsers do not know: a guest&apos;s browser warns once and the guest chooses to continue. An office that runs its own certificate authority can install its root certificate on the guests&apos; computers instead; for guests outside the network, connect to an office server.</source>
        <translation>Gäste können Besprechungslinks dieses Kontos auf diesem Computer und auf anderen Computern in Ihrem lokalen Netzwerk öffnen. Dieser Computer erstellt ein eigenes Zertifikat, das Browser nicht kennen: Der Browser eines Gastes warnt einmal, und der Gast entscheidet sich fürs Fortfahren. Ein Büro mit eigener Zertifizierungsstelle kann stattdessen sein Stammzertifikat auf den Computern der Gäste installieren; für Gäste außerhalb des Netzwerks verbinden Sie sich mit einem Büroserver.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guests can open meeting links from this account only on this computer.</source>
        <translation>Gäste können Besprechungslinks dieses Kontos nur auf diesem Computer öffnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/accounts/form.py" line="+65"/>
        <source>The account could not be saved; see Details.</source>
        <translation>Das Konto konnte nicht gespeichert werden; siehe Details.</translation>
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
        <translation>Videobesprechungen starten, planen und teilen.

Für alle:
  meeting-launcher          die App öffnen (wie der Menüeintrag)
  meeting-launcher LINK     der Besprechung eines zugeschickten Links beitreten
                            (https://... oder meeting-launcher:https://...)
  new                       einen Raum anlegen und seinen Gastlink ausgeben
  selftest                  diesen Computer prüfen: Server, Schlüsselbund, Web-Engine, Kamera
  account                   Konten hinzufügen, auflisten oder entfernen (Zugangsdaten
                            kommen in den Schlüsselbund des Systems)

Für alle, die einen Büroserver betreiben:
  serve                     den Meetings-API-Server und die Besprechungsseiten ausführen
  app                       Anwendungen im Datenordner eines Servers registrieren
                            (für „account add“; startet nicht die App)
  backup                    den Datenordner eines Servers stimmig kopieren, auch im Betrieb

Jeder Befehl hat seine eigene Hilfe --help (meeting-launcher new --help).</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Add, list or remove accounts; credentials go to the OS keyring.</source>
        <translation>Konten hinzufügen, auflisten oder entfernen; die Zugangsdaten kommen in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add an account for a Meetings server</source>
        <translation>ein Konto für einen Meetings-Server hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account for a Meetings server: the key, the id and the address are checked, and one room is listed on the server, before it is saved.</source>
        <translation>Ein Konto für einen Meetings-Server hinzufügen: Schlüssel, ID und Adresse werden geprüft und ein Raum vom Server abgerufen, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the account&apos;s name, e.g. &quot;Front desk&quot;</source>
        <translation>der Name des Kontos, z. B. „Empfang“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s address, e.g. https://meet.office.lan:8443</source>
        <translation>die Adresse des Servers, z. B. https://meet.office.lan:8443</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application id (a UUID) from the server&apos;s operator</source>
        <translation>die Anwendungs-ID (eine UUID) von der Person, die den Server betreibt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application&apos;s private key file (PEM)</source>
        <translation>die Datei mit dem privaten Schlüssel der Anwendung (PEM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s certificate, when it is not a public one</source>
        <translation>das Zertifikat des Servers, wenn es kein öffentliches ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>make it the default account</source>
        <translation>als Standardkonto festlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list accounts (never prints secrets)</source>
        <translation>Konten auflisten (zeigt nie Geheimnisse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the accounts: * marks the default one; never prints a secret.</source>
        <translation>Die Konten auflisten: * kennzeichnet das Standardkonto; zeigt nie ein Geheimnis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove an account and its keyring entries</source>
        <translation>ein Konto und seine Einträge im Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an account and its keyring entries.</source>
        <translation>Ein Konto und seine Einträge im Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account&apos;s name</source>
        <translation>der Name des Kontos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a room with a stored account and print its guest link (with --json, the room as the server returned it, host link included: keep it secret).</source>
        <translation>Mit einem gespeicherten Konto einen Raum anlegen und seinen Gastlink ausgeben (mit --json den Raum so, wie der Server ihn geliefert hat, samt Gastgeberlink: geheim halten).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the account to use (default: the default account)</source>
        <translation>das zu verwendende Konto (sonst: das Standardkonto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the meeting&apos;s name</source>
        <translation>der Name der Besprechung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a long-term room, kept until --expires</source>
        <translation>ein Dauerraum, der bis --expires bestehen bleibt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when a long-term room stops working, e.g. 2031-03-14T09:30 (local time without an offset); 10 minutes to one year ahead</source>
        <translation>wann ein Dauerraum aufhört zu funktionieren, z. B. 2031-03-14T09:30 (Ortszeit ohne Versatz); 10 Minuten bis ein Jahr im Voraus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>print the room as JSON (it holds the host link)</source>
        <translation>den Raum als JSON ausgeben (enthält den Gastgeberlink)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check this computer: the built-in server, the keyring, the web engine, the camera and the microphone. Shows no window and touches none of your data.</source>
        <translation>Diesen Computer prüfen: den eingebauten Server, den Schlüsselbund, die Web-Engine, die Kamera und das Mikrofon. Zeigt kein Fenster und lässt Ihre Daten unberührt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print the results as JSON</source>
        <translation>die Ergebnisse als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the TURN relay of this account&apos;s server</source>
        <translation>das TURN-Relay des Servers dieses Kontos prüfen</translation>
    </message>
    <message>
        <location filename="../../launcher/cli_i18n.py" line="+155"/>
        <source>usage: </source>
        <extracomment>The languages the command line speaks (those of the window, launcher.ui.i18n). The context of the sentences marked with QT_TRANSLATE_NOOP (help texts). Every context of the command line&apos;s sentences (each Translator is named after its context, as pyside6-lupdate reads it from the name before ``.tr``). argparse&apos;s own sentences a person meets (its gettext messages), in context &quot;cli&quot;.</extracomment>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s kann %(matches)s bedeuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
</context>
<context>
    <name>cli_account</name>
    <message>
        <location filename="../../launcher/core/account_cli.py" line="+59"/>
        <source>The password store (keyring) of this computer is locked. Unlock it and try again.</source>
        <extracomment>The sentences of ``account``, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>Der Passwortspeicher (Schlüsselbund) dieses Computers ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store (keyring) the launcher can use to keep the account&apos;s key safe.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher (Schlüsselbund), in dem der Launcher den Schlüssel des Kontos sicher aufbewahren kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password store (keyring) of this computer could not be used.</source>
        <translation>Der Passwortspeicher (Schlüsselbund) dieses Computers konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the account needs a name</source>
        <translation>das Konto braucht einen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is longer than {limit} characters</source>
        <translation>der Name ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an account named {name} already exists</source>
        <translation>ein Konto namens {name} gibt es bereits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{server} is not a server address (expected https://host[:port], with no user name, password, ? or # part)</source>
        <translation>{server} ist keine Serveradresse (erwartet: https://Host[:Port], ohne Benutzername, Passwort, ?- oder #-Teil)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use an https:// address: plain http is only allowed for this computer</source>
        <translation>verwenden Sie eine https://-Adresse: einfaches http ist nur für diesen Computer erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the application id must be a UUID</source>
        <translation>die Anwendungs-ID muss eine UUID sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>no such file: {file}</source>
        <translation>Datei nicht gefunden: {file}</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>cannot read {file}</source>
        <translation>{file} kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{file} is not a private key that can be read (PEM, -----BEGIN ...)</source>
        <translation>{file} ist kein lesbarer privater Schlüssel (PEM, -----BEGIN ...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is not an RSA key (RS256 needs one)</source>
        <translation>der private Schlüssel ist kein RSA-Schlüssel (RS256 braucht einen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is protected by a passphrase; run this in a terminal to be asked for it, or add the account in the app</source>
        <translation>der private Schlüssel ist mit einer Passphrase geschützt; führen Sie dies in einem Terminal aus, um danach gefragt zu werden, oder fügen Sie das Konto in der App hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase for the private key is wrong</source>
        <translation>die Passphrase des privaten Schlüssels ist falsch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} holds no PEM certificate</source>
        <translation>{file} enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the credentials (401): wrong private key or application id</source>
        <translation>der Server hat die Zugangsdaten abgelehnt (401): falscher privater Schlüssel oder falsche Anwendungs-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Meetings API at this address (404): check the server URL</source>
        <translation>keine Meetings-API unter dieser Adresse (404): prüfen Sie die Serveradresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s certificate is not trusted: add the office CA file</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut: fügen Sie die CA-Datei des Büros hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server cannot be reached: check the address and the network</source>
        <translation>der Server ist nicht erreichbar: prüfen Sie Adresse und Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered with an error: {detail}</source>
        <translation>der Server hat mit einem Fehler geantwortet: {detail}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase for {file}: </source>
        <translation>Passphrase für {file}: </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added account {name} for {server} (default).</source>
        <translation>Konto {name} für {server} hinzugefügt (Standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added account {name} for {server}.</source>
        <translation>Konto {name} für {server} hinzugefügt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. The app sets one up for this computer when it first starts.</source>
        <translation>Keine Konten. Die App richtet beim ersten Start eines für diesen Computer ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(this computer)</source>
        <translation>(dieser Computer)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no account named {name}</source>
        <translation>kein Konto namens {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed account {name} and its keyring entries.</source>
        <translation>Konto {name} und seine Einträge im Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>cli_new</name>
    <message>
        <location filename="../../launcher/core/room_cli.py" line="+64"/>
        <source>--expires: cannot read {text} as a date and time; use ISO 8601, e.g. 2031-03-14T09:30 or 2031-03-14T09:30:00Z</source>
        <extracomment>The sentences of ``new``, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>--expires: {text} ist kein lesbares Datum mit Uhrzeit; verwenden Sie ISO 8601, z. B. 2031-03-14T09:30 oder 2031-03-14T09:30:00Z</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--expires must be at least 10 minutes from now</source>
        <translation>--expires muss mindestens 10 Minuten in der Zukunft liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--expires must be at most one year from now</source>
        <translation>--expires darf höchstens ein Jahr in der Zukunft liegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--long-term needs --expires ISO8601 (when the room stops working)</source>
        <translation>--long-term braucht --expires ISO8601 (wann der Raum aufhört zu funktionieren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--expires applies to long-term rooms only: add --long-term</source>
        <translation>--expires gilt nur für Dauerräume: fügen Sie --long-term hinzu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting {time}</source>
        <translation>Besprechung {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--name must not be empty</source>
        <translation>--name darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>--name is %n characters long; at most {limit} are allowed</source>
        <translation>
            <numerusform>--name ist %n Zeichen lang; höchstens {limit} sind erlaubt</numerusform>
            <numerusform>--name ist %n Zeichen lang; höchstens {limit} sind erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--account: no account named {name} (accounts: {known})</source>
        <translation>--account: kein Konto namens {name} (Konten: {known})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no account is set up yet: start Meeting Launcher once, or add one with &apos;meeting-launcher account add&apos;</source>
        <translation>noch ist kein Konto eingerichtet: starten Sie Meeting Launcher einmal oder fügen Sie eines mit „meeting-launcher account add“ hinzu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>note: {text}</source>
        <translation>Hinweis: {text}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the server refused or could not be reached: {reason}</source>
        <translation>der Server hat abgelehnt oder ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this link opens only on this computer, not for guests elsewhere; for guests on your network turn on &apos;Let guests on my local network join&apos; in the app&apos;s window, for guests anywhere use an office server (&apos;meeting-launcher account add&apos;).</source>
        <translation>dieser Link öffnet sich nur auf diesem Computer, nicht für Gäste anderswo; für Gäste in Ihrem Netzwerk schalten Sie im Fenster der App „Gäste aus meinem lokalen Netzwerk zulassen“ ein, für Gäste überall nutzen Sie einen Büroserver („meeting-launcher account add“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>guests&apos; browsers block camera and microphone on this http:// link; the server needs an https:// address.</source>
        <translation>die Browser der Gäste sperren Kamera und Mikrofon bei diesem http://-Link; der Server braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only computers on your network can open this link.</source>
        <translation>nur Computer in Ihrem Netzwerk können diesen Link öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting Launcher is not running: start it before the meeting, guests can join only while it runs on this computer.</source>
        <translation>Meeting Launcher läuft nicht: starten Sie es vor der Besprechung, Gäste können nur beitreten, solange es auf diesem Computer läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guests can join only while Meeting Launcher runs on this computer.</source>
        <translation>Gäste können nur beitreten, solange Meeting Launcher auf diesem Computer läuft.</translation>
    </message>
</context>
<context>
    <name>cli_selftest</name>
    <message>
        <location filename="../../launcher/web/selftest.py" line="+57"/>
        <source>server</source>
        <extracomment>How long a page gets to show what a check waits for. The checks, in the order they run and are reported (``--json`` keeps these names; the text report shows them in the system&apos;s language, context &quot;cli_selftest&quot;).</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web engine</source>
        <translation>Web-Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera and microphone</source>
        <translation>Kamera und Mikrofon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host join</source>
        <translation>Beitritt als Gastgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other origin denied</source>
        <translation>andere Herkunft abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clean-up</source>
        <extracomment>The report&apos;s sentences, in the system&apos;s language (launcher.cli_i18n). Reported only when closing the window, the web profile or the server went wrong.</extracomment>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>built-in server at {origin}</source>
        <extracomment>Set in the environment of the worker process that runs the checks. How long the worker may take for one check (start-up included) or the clean-up before it is stopped and the check reported as not finished. How long the worker may take to exit once it reported everything. The name of the instant room the relay check makes on an account&apos;s server.</extracomment>
        <translation>eingebauter Server unter {origin}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>room {code} created through the API client</source>
        <translation>Raum {code} über den API-Client angelegt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>joined the meeting as host over the signalling socket</source>
        <translation>der Besprechung als Gastgeber über die Signalisierungsverbindung beigetreten</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>set, read and deleted a throwaway entry in the OS keyring</source>
        <translation>einen Wegwerf-Eintrag im Schlüsselbund des Systems angelegt, gelesen und gelöscht</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>the last %n lines the checks logged</source>
        <translation>
            <numerusform>Protokoll der Prüfungen (letzte %n Zeile)</numerusform>
            <numerusform>Protokoll der Prüfungen (letzte %n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_start</name>
    <message>
        <location filename="../../launcher/__main__.py" line="-307"/>
        <source>no link given</source>
        <extracomment>The sentences of the plain start (a link), in the system&apos;s language.</extracomment>
        <translation>kein Link angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the link is too long to be a meeting link</source>
        <translation>der Link ist zu lang für einen Besprechungslink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only http and https meeting links are opened</source>
        <translation>nur http- und https-Besprechungslinks werden geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the link is not a meeting link Meeting Launcher can open</source>
        <translation>das ist kein Besprechungslink, den Meeting Launcher öffnen kann</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>meeting-launcher: link not opened: {reason}</source>
        <translation>meeting-launcher: Link nicht geöffnet: {reason}</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/app.py" line="+189"/>
        <source>Meeting Launcher is already running.</source>
        <extracomment>The terminal&apos;s sentences at start-up, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>Meeting Launcher läuft bereits.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../launcher/ui/errors.py" line="+39"/>
        <source>The server&apos;s security certificate is not trusted: ask your IT contact for the server&apos;s certificate file and add it to the account.</source>
        <translation>Dem Sicherheitszertifikat des Servers wird nicht vertraut: Bitten Sie Ihre IT-Abteilung um die Zertifikatsdatei des Servers und fügen Sie sie dem Konto hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to the server could not be made; try again later.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took too long to answer; try again in a moment.</source>
        <translation>Der Server hat zu lange nicht geantwortet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting service on this computer is not answering; restart Meeting Launcher and try again.</source>
        <translation>Der Besprechungsdienst auf diesem Computer antwortet nicht; starten Sie Meeting Launcher neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting server could not be reached; check the network connection and try again.</source>
        <translation>Der Besprechungsserver ist nicht erreichbar; prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not accept this account&apos;s key; check the account under Settings › Accounts.</source>
        <translation>Der Server hat den Schlüssel dieses Kontos nicht akzeptiert; prüfen Sie das Konto unter Menü › Konten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s limit has been reached; ask the server&apos;s administrator for help.</source>
        <translation>Das Limit des Servers ist erreicht; bitten Sie die Administration des Servers um Hilfe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not allow this; ask the server&apos;s administrator for help.</source>
        <translation>Der Server hat dies nicht erlaubt; bitten Sie die Administration des Servers um Hilfe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room no longer exists on the server; refresh the list of rooms.</source>
        <translation>Dieser Raum existiert auf dem Server nicht mehr; aktualisieren Sie die Liste der Räume.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name is already taken; choose another one.</source>
        <translation>Dieser Name ist bereits vergeben; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details were not accepted; correct the highlighted fields.</source>
        <translation>Einige Angaben wurden nicht akzeptiert; korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the request; see Details for its reason.</source>
        <translation>Der Server hat die Anfrage nicht akzeptiert; den Grund finden Sie unter Details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy; wait a moment and try again.</source>
        <translation>Der Server ist ausgelastet; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server ran into a problem; try again in a moment.</source>
        <translation>Beim Server ist ein Problem aufgetreten; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was not understood; check the account&apos;s server address.</source>
        <translation>Die Antwort des Servers wurde nicht verstanden; prüfen Sie die Serveradresse des Kontos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring, where account keys are kept, could not be opened; unlock it and try again.</source>
        <translation>Der Passwortspeicher des Systems, in dem die Kontoschlüssel liegen, konnte nicht geöffnet werden; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file could not be read or written; check the folder and try again.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden; prüfen Sie den Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong; try again, and see Details if it keeps happening.</source>
        <translation>Etwas ist schiefgelaufen; versuchen Sie es erneut und sehen Sie unter Details nach, falls es wieder passiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This theme no longer exists on the server; the list has been refreshed.</source>
        <translation>Dieses Design existiert auf dem Server nicht mehr; die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That short company URL is already used; choose another one.</source>
        <translation>Diese kurze Firmen-URL wird bereits verwendet; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A theme with that name already exists; choose another name.</source>
        <translation>Es gibt bereits ein Design mit diesem Namen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server allows no more themes; delete one you no longer use.</source>
        <translation>Der Server erlaubt keine weiteren Designs; löschen Sie eines, das Sie nicht mehr verwenden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer has no network address right now, so its links still open only here; connect it to your network and turn the option on again.</source>
        <translation>Dieser Computer hat gerade keine Netzwerkadresse, daher öffnen sich seine Links weiterhin nur hier; verbinden Sie ihn mit Ihrem Netzwerk und schalten Sie die Option erneut ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a name for the account, such as “Front desk”.</source>
        <translation>Geben Sie einen Namen für das Konto ein, z. B. „Empfang“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a shorter name.</source>
        <translation>Wählen Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another account already has this name; choose another one.</source>
        <translation>Ein anderes Konto hat bereits diesen Namen; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server address as given by your IT contact, e.g. https://meet.example.org.</source>
        <translation>Geben Sie die Serveradresse ein, die Sie von Ihrer IT-Abteilung erhalten haben, z. B. https://meet.example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must start with https:// so that the key travels safely.</source>
        <translation>Die Adresse muss mit https:// beginnen, damit der Schlüssel sicher übertragen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the meeting links address as https://host, or leave it empty.</source>
        <translation>Geben Sie die Adresse für Besprechungslinks als https://host ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application ID looks like 12345678-abcd-… (36 characters); check it.</source>
        <translation>Die Anwendungs-ID sieht aus wie 12345678-abcd-… (36 Zeichen); bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, drop or paste the private key file.</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel aus, ziehen Sie sie hierher oder fügen Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That key file no longer exists; choose it again.</source>
        <translation>Diese Schlüsseldatei existiert nicht mehr; wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That key file could not be read; choose another.</source>
        <translation>Diese Schlüsseldatei konnte nicht gelesen werden; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a private key file (it should start with -----BEGIN).</source>
        <translation>Dies ist keine Datei mit einem privaten Schlüssel (sie sollte mit -----BEGIN beginnen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is not an RSA key; the server needs an RSA key.</source>
        <translation>Dies ist kein RSA-Schlüssel; der Server benötigt einen RSA-Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is protected: enter its passphrase below.</source>
        <translation>Dieser Schlüssel ist geschützt: Geben Sie unten seine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is not right; try again.</source>
        <translation>Die Passphrase ist nicht richtig; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key has no passphrase; leave that field empty.</source>
        <translation>Dieser Schlüssel hat keine Passphrase; lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That certificate file no longer exists; choose it again.</source>
        <translation>Diese Zertifikatsdatei existiert nicht mehr; wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That certificate file could not be read.</source>
        <translation>Diese Zertifikatsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file holds no certificate; choose the .pem or .crt file.</source>
        <translation>Diese Datei enthält kein Zertifikat; wählen Sie die .pem- oder .crt-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the application ID and key; check that they belong together.</source>
        <translation>Der Server hat Anwendungs-ID und Schlüssel nicht akzeptiert; prüfen Sie, ob sie zusammengehören.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meeting server answers at this address; check the server address.</source>
        <translation>Unter dieser Adresse antwortet kein Besprechungsserver; prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted; add the certificate file from your IT contact.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut; fügen Sie die Zertifikatsdatei Ihrer IT-Abteilung hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot be reached; check the address and the network connection.</source>
        <translation>Der Server ist nicht erreichbar; prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time; try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error; see Details.</source>
        <translation>Der Server hat mit einem Fehler geantwortet; siehe Details.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is not accepted.</source>
        <translation>Dieser Wert wird nicht akzeptiert.</translation>
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
        <translation>Fügen Sie zuerst den Besprechungslink ein oder geben Sie den Besprechungscode ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long to be a meeting link. Copy the link again.</source>
        <translation>Das ist zu lang für einen Besprechungslink. Kopieren Sie den Link noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a meeting link. Meeting links start with https:// (or http://).</source>
        <translation>Das ist kein Besprechungslink. Besprechungslinks beginnen mit https:// (oder http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a meeting link Meeting Launcher can open. Ask the person who sent it for the meeting&apos;s link or code.</source>
        <translation>Diesen Link kann Meeting Launcher nicht als Besprechung öffnen. Bitten Sie die Person, die ihn geschickt hat, um den Link oder Code der Besprechung.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Meeting {code}</source>
        <translation>Besprechung {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting Launcher opened nothing. You can paste a link under “Join a meeting”.</source>
        <translation>Meeting Launcher hat nichts geöffnet. Sie können einen Link unter „An einer Besprechung teilnehmen“ einfügen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join a meeting on another server?</source>
        <translation>An einer Besprechung auf einem anderen Server teilnehmen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting is on {server}, a server none of your accounts uses.</source>
        <translation>Diese Besprechung liegt auf {server}, einem Server, den keines Ihrer Konten nutzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join only if you trust the person who sent you the link: the meeting window will use your camera and microphone for it.</source>
        <translation>Nehmen Sie nur teil, wenn Sie der Person vertrauen, die Ihnen den Link geschickt hat: Das Besprechungsfenster verwendet dafür Ihre Kamera und Ihr Mikrofon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join</source>
        <translation>Teilnehmen</translation>
    </message>
</context>
<context>
    <name>reach</name>
    <message>
        <location filename="../../launcher/ui/reach_note.py" line="-82"/>
        <source>Only this computer can open this link: a guest on another computer or phone gets an error page, so do not send it yet.</source>
        <translation>Nur dieser Computer kann diesen Link öffnen: Ein Gast auf einem anderen Computer oder Telefon sieht eine Fehlerseite, senden Sie ihn also noch nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests can open this link, but their browser blocks camera and microphone on it: the server needs an https:// address.</source>
        <translation>Gäste können diesen Link öffnen, aber ihr Browser sperrt dort Kamera und Mikrofon: Der Server braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only computers and phones on your network can open this link. Their browser first warns that it does not know this computer&apos;s certificate: tell guests to choose to continue.</source>
        <translation>Nur Computer und Telefone in Ihrem Netzwerk können diesen Link öffnen. Ihr Browser warnt zuerst, dass er das Zertifikat dieses Computers nicht kennt: Sagen Sie Ihren Gästen, dass sie fortfahren sollen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people on your office network can open this link, not guests outside it.</source>
        <translation>Nur Personen im Netzwerk Ihres Büros können diesen Link öffnen, keine Gäste von außerhalb.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These links open only on this computer. To invite guests from elsewhere, start a meeting and follow the note under its link.</source>
        <translation>Diese Links öffnen sich nur auf diesem Computer. Um Gäste von anderswo einzuladen, starten Sie eine Besprechung und folgen Sie dem Hinweis unter ihrem Link.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests&apos; browsers block camera and microphone on these links: the server needs an https:// address.</source>
        <translation>Die Browser der Gäste sperren auf diesen Links Kamera und Mikrofon: Der Server braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only computers and phones on your network can open these links.</source>
        <translation>Nur Computer und Telefone in Ihrem Netzwerk können diese Links öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only people on your office network can open these links.</source>
        <translation>Nur Personen im Netzwerk Ihres Büros können diese Links öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Copied to the clipboard: paste it into an e-mail or a chat.</source>
        <translation>✓ In die Zwischenablage kopiert: in eine E-Mail oder einen Chat einfügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Copied to the clipboard, for a browser on this computer.</source>
        <translation>✓ In die Zwischenablage kopiert, für einen Browser auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste it into an e-mail or a chat to invite guests.</source>
        <translation>Fügen Sie ihn in eine E-Mail oder einen Chat ein, um Gäste einzuladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It opens only on this computer: open Meeting Launcher to let guests elsewhere join.</source>
        <translation>Er öffnet sich nur auf diesem Computer: Öffnen Sie Meeting Launcher, um Gäste von anderswo teilnehmen zu lassen.</translation>
    </message>
</context>
<context>
    <name>rooms</name>
    <message>
        <location filename="../../launcher/ui/roomtext.py" line="+64"/>
        <source>Meeting {time}</source>
        <translation>Besprechung {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In a meeting now · %n person(s)</source>
        <translation>
            <numerusform>Gerade in einer Besprechung · %n Person</numerusform>
            <numerusform>Gerade in einer Besprechung · %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires {when}</source>
        <translation>Läuft {when} ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-term</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instant</source>
        <translation>Sofort</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../launcher/ui/sharing.py" line="+23"/>
        <source>Copy the host link?</source>
        <translation>Gastgeber-Link kopieren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who opens the host link joins as host: they can let people in, record and end the meeting. Share it only with people who should host; send guests the guest link instead.</source>
        <translation>Wer den Gastgeber-Link öffnet, nimmt als Gastgeber teil: Er kann Personen hereinlassen, aufnehmen und die Besprechung beenden. Teilen Sie ihn nur mit Personen, die Gastgeber sein sollen; senden Sie Gästen stattdessen den Gastlink.</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <location filename="../../launcher/ui/themes/apply.py" line="+60"/>
        <source>Apply theme to rooms</source>
        <translation>Design auf Räume anwenden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Which rooms should use “{name}”?</source>
        <translation>Welche Räume sollen „{name}“ verwenden?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only long-term rooms can change their look; meetings started with one click use the default theme. Untick a room to give it back the default look.</source>
        <translation>Nur dauerhafte Räume können ihr Aussehen ändern; mit einem Klick gestartete Besprechungen verwenden das Standard-Design. Entfernen Sie das Häkchen bei einem Raum, um ihm wieder das Standardaussehen zu geben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>With this theme, guest links look like {link}; links already sent keep working.</source>
        <translation>Mit diesem Design sehen Gastlinks so aus: {link}; bereits versendete Links funktionieren weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Filter rooms by name</source>
        <translation>Räume nach Name filtern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no long-term rooms yet. Schedule one from the main window.</source>
        <translation>Es gibt noch keine dauerhaften Räume. Planen Sie einen im Hauptfenster.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select none</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>uses this theme</source>
        <translation>verwendet dieses Design</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uses “{name}”</source>
        <translation>verwendet „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uses another theme</source>
        <translation>verwendet ein anderes Design</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default look</source>
        <translation>Standardaussehen</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n room(s) selected</source>
        <translation>
            <numerusform>%n Raum ausgewählt</numerusform>
            <numerusform>%n Räume ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating room {n} of {total}…</source>
        <translation>Raum {n} von {total} wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>These rooms could not be changed: {names}. {reason}</source>
        <translation>Diese Räume konnten nicht geändert werden: {names}. {reason}</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/common.py" line="+30"/>
        <source>Text on this colour is hard to read: contrast {ratio:.1f}:1, below the 4.5:1 that WCAG AA asks for (buttons and initials use it).</source>
        <translation>Text auf dieser Farbe ist schwer lesbar: Kontrast {ratio:.1f}:1, unter den 4,5:1, die WCAG AA verlangt (Schaltflächen und Initialen verwenden sie).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buttons in this colour hardly stand out from the meeting page&apos;s dark background ({ratio:.1f}:1, at least 3:1 recommended).</source>
        <translation>Schaltflächen in dieser Farbe heben sich kaum vom dunklen Hintergrund der Besprechungsseite ab ({ratio:.1f}:1, mindestens 3:1 empfohlen).</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/editor.py" line="+87"/>
        <source>New theme</source>
        <translation>Neues Design</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+357"/>
        <source>Edit theme</source>
        <translation>Design bearbeiten</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>e.g. Acme spring campaign (default: the brand text)</source>
        <translation>z. B. Acme Frühjahrskampagne (Standard: der Markentext)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Pick a colour</source>
        <translation>Farbe auswählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shown next to the logo, e.g. Acme Travel</source>
        <translation>Wird neben dem Logo angezeigt, z. B. Acme Reisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. acme</source>
        <translation>optional, z. B. acme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <location line="+182"/>
        <source>Main colour</source>
        <translation>Hauptfarbe</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Brand text</source>
        <translation>Markentext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short company URL</source>
        <translation>Kurze Firmen-URL</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New images show in the preview once the theme is saved.</source>
        <translation>Neue Bilder erscheinen in der Vorschau, sobald das Design gespeichert ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What guests will see</source>
        <translation>Was Gäste sehen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create theme</source>
        <translation>Design erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+220"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type a colour like #14213D, or pick one with the button.</source>
        <translation>Geben Sie eine Farbe wie #14213D ein oder wählen Sie eine über die Schaltfläche.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guest links will look like {link}</source>
        <translation>Gastlinks sehen so aus: {link}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brand text is required.</source>
        <translation>Der Markentext ist erforderlich.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Weekly team meeting</source>
        <translation>Wöchentliche Teambesprechung</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG-Bilder (*.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uploading images…</source>
        <translation>Bilder werden hochgeladen…</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../../launcher/ui/themes/images.py" line="+52"/>
        <source>The server refused it ({code}).</source>
        <translation>Der Server hat es abgelehnt ({code}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused some images; see the notes under each image.</source>
        <translation>Der Server hat einige Bilder abgelehnt; siehe die Hinweise unter jedem Bild.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>At most 128 characters.</source>
        <translation>Höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only letters, digits, “-”, “_” and “~”; no spaces or accents.</source>
        <translation>Nur Buchstaben, Ziffern, „-“, „_“ und „~“; keine Leerzeichen oder Umlaute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one letter: digits alone look like a meeting code.</source>
        <translation>Fügen Sie mindestens einen Buchstaben hinzu: Nur Ziffern sehen wie ein Besprechungscode aus.</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/images.py" line="-23"/>
        <source>Not a PNG image: save it as PNG.</source>
        <translation>Kein PNG-Bild: Speichern Sie es als PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size:.1f} MB; at most 1 MB.</source>
        <translation>Die Datei ist {size:.1f} MB groß; höchstens 1 MB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is {w} × {h} px; the favicon must be square, 16 to 32 px.</source>
        <translation>Es ist {w} × {h} px groß; das Tab-Symbol muss quadratisch sein, 16 bis 32 px.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is {w} × {h} px; logos may be at most 300 × 300 px.</source>
        <translation>Es ist {w} × {h} px groß; Logos dürfen höchstens 300 × 300 px groß sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The background is not transparent: its corners must be see-through.</source>
        <translation>Der Hintergrund ist nicht transparent: Seine Ecken müssen durchsichtig sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coloured logo</source>
        <translation>Farbiges Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White logo</source>
        <translation>Weißes Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favicon</source>
        <translation>Tab-Symbol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG, square, 16 to 32 px, transparent background, at most 1 MB</source>
        <translation>PNG, quadratisch, 16 bis 32 px, transparenter Hintergrund, höchstens 1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG, up to 300 × 300 px, transparent background, at most 1 MB</source>
        <translation>PNG, bis 300 × 300 px, transparenter Hintergrund, höchstens 1 MB</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t change</source>
        <translation>Nicht ändern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Uploaded; choose a file to replace it.</source>
        <translation>Hochgeladen; wählen Sie eine Datei, um es zu ersetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet (optional).</source>
        <translation>Noch keines (optional).</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../launcher/ui/main_window.py" line="+30"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (this computer)</source>
        <translation>{name} (dieser Computer)</translation>
    </message>
</context>
</TS>
