<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../launcher/ui/accounts/list.py" line="+53"/>
        <location line="+8"/>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let guests on my local network join</source>
        <translation>Consenti agli ospiti della mia rete locale di partecipare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a server…</source>
        <translation>Connetti a un server…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set as default</source>
        <translation>Imposta come predefinito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Rimuovi…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — default</source>
        <translation>{name} — predefinito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings run on this computer</source>
        <translation>Le riunioni si svolgono su questo computer</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Remove account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “{name}”?</source>
        <translation>Rimuovere l&apos;account «{name}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings on this computer stay, but this app can no longer create them.</source>
        <translation>Le riunioni su questo computer restano, ma questa app non potrà più crearne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its key is deleted from this computer. Rooms on the server stay.</source>
        <translation>La sua chiave viene eliminata da questo computer. Le stanze sul server restano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The account could not be removed because the password store is not available.</source>
        <translation>Non è stato possibile rimuovere l&apos;account perché l&apos;archivio delle password non è disponibile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account could not be removed; see Details.</source>
        <translation>Non è stato possibile rimuovere l&apos;account; vedere Dettagli.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The meeting service on this computer could not restart; see Details.</source>
        <translation>Il servizio riunioni di questo computer non è riuscito a riavviarsi; vedere Dettagli.</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../launcher/ui/accounts/form.py" line="+80"/>
        <source>Edit account</source>
        <translation>Modifica account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to a server</source>
        <translation>Connetti a un server</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter what your IT contact gave you. The key is kept in this computer&apos;s password store; afterwards you may delete the key file.</source>
        <translation>Inserisca i dati ricevuti dal Suo referente informatico. La chiave viene conservata nell&apos;archivio delle password di questo computer; dopo potrà eliminare il file della chiave.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front desk</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the private key here, drop its file on this window, or choose it.</source>
        <translation>Incolli qui la chiave privata, trascini il suo file su questa finestra oppure lo scelga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key passphrase</source>
        <translation>Frase segreta della chiave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the server&apos;s certificate file</source>
        <translation>Facoltativo: il file del certificato del server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: where guests open meeting links</source>
        <translation>Facoltativo: dove gli ospiti aprono i link delle riunioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this account for new meetings</source>
        <translation>Usa questo account per le nuove riunioni</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID</source>
        <translation>ID applicazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key</source>
        <translation>Chiave privata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Certificato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting links</source>
        <translation>Link delle riunioni</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the account with the server…</source>
        <translation>Verifica dell&apos;account con il server…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Leave empty to keep the stored one</source>
        <translation>Lasci vuoto per mantenere quella salvata</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the private key</source>
        <translation>Scegli la chiave privata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Chiavi (*.pem *.key);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the server&apos;s certificate</source>
        <translation>Scegli il certificato del server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>BrowserHandoff</name>
    <message>
        <location filename="../../launcher/web/handoff.py" line="+116"/>
        <source>Open in browser</source>
        <translation>Apri nel browser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting server cannot hand the host link to your browser safely. You can copy the host link and paste it into your browser&apos;s address bar: anyone who has it joins as host, so do not send it to anyone.</source>
        <translation>Questo server per riunioni non può passare il link organizzatore al Suo browser in modo sicuro. Può copiare il link organizzatore e incollarlo nella barra degli indirizzi del browser: chiunque lo abbia partecipa come organizzatore, quindi non lo invii a nessuno.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy host link</source>
        <translation>Copia link organizzatore</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <location filename="../../launcher/ui/front_desk.py" line="+179"/>
        <source>A visitor</source>
        <translation>Un visitatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is waiting</source>
        <translation>{name} è in attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the waiting room of “{room}”</source>
        <translation>Nella sala d&apos;attesa di «{room}»</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Open meeting</source>
        <translation>Apri la riunione</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Admit</source>
        <translation>Fai entrare</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../launcher/ui/invite_dialog.py" line="+56"/>
        <source>Invite guests</source>
        <extracomment>Who can open the link (the window knows the account; else from the link).</extracomment>
        <translation>Invita ospiti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are invited to a video meeting: {name}</source>
        <translation>È invitato/a a una videoriunione: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join from your browser: {link}</source>
        <translation>Partecipi dal Suo browser: {link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link works until {expiry}.</source>
        <translation>Questo link è valido fino a {expiry}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting room closes 10 minutes after the last person leaves.</source>
        <translation>La stanza della riunione si chiude 10 minuti dopo l&apos;uscita dell&apos;ultima persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation: {name}</source>
        <translation>Invito: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link opens only on the computer that made it: it is not for guests elsewhere.</source>
        <translation>Questo link si apre solo sul computer che l&apos;ha creato: non è adatto a ospiti che si trovano altrove.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invite guests to “{name}”</source>
        <translation>Invita ospiti a «{name}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send this text by e-mail or chat, or let a visitor scan the code.</source>
        <translation>Invii questo testo per e-mail o chat, oppure faccia scansionare il codice a un visitatore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this text to try the link in a browser on this computer.</source>
        <translation>Copi questo testo per provare il link in un browser di questo computer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invitation</source>
        <translation>Invito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan to join</source>
        <translation>Scansiona per partecipare</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan with a phone camera to open the guest link</source>
        <translation>Scansioni con la fotocamera di un telefono per aprire il link ospite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy invitation</source>
        <translation>Copia invito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This link opens only on this computer</source>
        <translation>Questo link si apre solo su questo computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save to calendar…</source>
        <translation>Salva nel calendario…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar file</source>
        <translation>File del calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a meeting time</source>
        <translation>Aggiungi un orario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week until the room expires</source>
        <translation>Ogni settimana fino alla scadenza della stanza</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a meeting time, the calendar shows the link until the room expires.</source>
        <translation>Senza un orario, il calendario mostra il link fino alla scadenza della stanza.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Calendar file saved</source>
        <translation>File del calendario salvato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ Invitation copied to the clipboard</source>
        <translation>✓ Invito copiato negli appunti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save calendar file</source>
        <translation>Salva file del calendario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>File del calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <location filename="../../launcher/ui/join_card.py" line="+21"/>
        <source>Join a meeting</source>
        <translation>Partecipa a una riunione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a meeting link or code</source>
        <translation>Incolli un link o un codice di riunione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting link or code</source>
        <translation>Link o codice della riunione</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>A meeting link or code someone sent you; press Enter to join</source>
        <translation>Un link o un codice di riunione che Le hanno inviato; prema Invio per partecipare</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Join</source>
        <translation>Partecipa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join the meeting of this link or code</source>
        <translation>Partecipa alla riunione di questo link o codice</translation>
    </message>
</context>
<context>
    <name>KeyringDialog</name>
    <message>
        <location filename="../../launcher/ui/keyring_dialog.py" line="+43"/>
        <source>Password store not available</source>
        <translation>Archivio delle password non disponibile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s password store is locked, so the account&apos;s key cannot be kept safe. Unlock it (or sign in again) and try once more.</source>
        <translation>L&apos;archivio delle password di questo computer è bloccato, quindi la chiave dell&apos;account non può essere conservata in modo sicuro. Lo sblocchi (o acceda di nuovo) e riprovi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no password store where the account&apos;s key can be kept safe.</source>
        <translation>Questo computer non ha un archivio delle password in cui conservare in modo sicuro la chiave dell&apos;account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s password store could not be used just now.</source>
        <translation>Al momento non è stato possibile usare l&apos;archivio delle password di questo computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can still use the account until you close Meeting Launcher: the key then stays in memory only and is never written to disk. You will be asked again next time.</source>
        <translation>Può comunque usare l&apos;account fino alla chiusura di Meeting Launcher: la chiave resta solo in memoria e non viene mai scritta su disco. La prossima volta Le verrà chiesto di nuovo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use for this session only</source>
        <translation>Usa solo per questa sessione</translation>
    </message>
</context>
<context>
    <name>LanSwitch</name>
    <message>
        <location filename="../../launcher/ui/lan_switch.py" line="+31"/>
        <source>Let guests on my local network join</source>
        <translation>Consenti agli ospiti della mia rete locale di partecipare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies at once, no restart needed</source>
        <translation>Si applica subito, senza riavviare</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computers and phones on this network can open your meeting links.</source>
        <translation>Computer e telefoni di questa rete possono aprire i tuoi link alle riunioni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now only this computer can open your meeting links.</source>
        <translation>Per ora solo questo computer può aprire i tuoi link alle riunioni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restarting the meeting service of this computer…</source>
        <translation>Riavvio del servizio riunioni di questo computer…</translation>
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
        <translation>L&apos;account con cui vengono create le nuove stanze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>☰  Menu</source>
        <translation>☰  Menu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company&apos;s colour, name and logo on meetings</source>
        <translation>Il colore, il nome e il logo della Sua azienda nelle riunioni</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a meeting</source>
        <translation>Avvia una riunione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates a room and copies the guest link, ready to paste.</source>
        <translation>Crea una stanza e copia il link ospite, pronto da incollare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: a name guests will see</source>
        <translation>Facoltativo: un nome che gli ospiti vedranno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a meeting now</source>
        <translation>Avvia subito una riunione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a meeting now (Ctrl+N)</source>
        <translation>Avvia subito una riunione (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+708"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="-705"/>
        <source>Schedule a long-term room…</source>
        <translation>Pianifica una stanza permanente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A room whose link stays the same, for weekly meetings</source>
        <translation>Una stanza con un link che non cambia, per le riunioni settimanali</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting name (optional)</source>
        <translation>Nome della riunione (facoltativo)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Accounts…</source>
        <translation>Account…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep running in the tray when closed</source>
        <translation>Resta nell&apos;area di notifica alla chiusura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play a sound when a visitor is waiting</source>
        <translation>Riproduci un suono quando un visitatore è in attesa</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+626"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system ({language})</source>
        <translation>Lingua del sistema ({language})</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+291"/>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Getting ready…</source>
        <translation>Preparazione…</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Guests outside your network can join when meetings run on your office&apos;s server, one with an https:// address on the internet. Choose “Connect to a server…” and enter the address and key your IT contact gives you.</source>
        <translation>Gli ospiti esterni alla vostra rete possono partecipare quando le riunioni si svolgono sul server dell&apos;ufficio, raggiungibile su Internet a un indirizzo https://. Scelga «Connetti a un server…» e inserisca l&apos;indirizzo e la chiave forniti dal reparto IT.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening this computer to your network…</source>
        <translation>Apertura di questo computer alla vostra rete…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Now only this computer can open your meeting links</source>
        <translation>Ora solo questo computer può aprire i tuoi link alle riunioni</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guests on your network can join now. Links start with {origin}</source>
        <translation>Ora gli ospiti della vostra rete possono partecipare. I link iniziano con {origin}</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+44"/>
        <source>✓ Guest link copied</source>
        <translation>✓ Link ospite copiato</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>✓ Changes saved</source>
        <translation>✓ Modifiche salvate</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host link copied: share it only with hosts</source>
        <translation>Link organizzatore copiato: lo condivida solo con gli organizzatori</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening the meeting…</source>
        <translation>Apertura della riunione…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>★ “{name}” is now your room</source>
        <translation>★ «{name}» ora è la Sua stanza</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>✓ Guest link of “{name}” copied</source>
        <translation>✓ Link ospite di «{name}» copiato</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leave the meeting?</source>
        <translation>Uscire dalla riunione?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are in a meeting: “{room}”.</source>
        <translation>Sei in una riunione: «{room}».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You are in %n meeting(s).</source>
        <translation>
            <numerusform>Sei in %n riunione.</numerusform>
            <numerusform>Sei in %n riunioni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitting Meeting Launcher leaves the meeting.</source>
        <translation>Chiudendo Meeting Launcher esci dalla riunione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave and quit</source>
        <translation>Esci e chiudi</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keep Meeting Launcher running?</source>
        <translation>Lasciare attivo Meeting Launcher?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Meeting Launcher running in the tray when you close the window?</source>
        <translation>Lasciare attivo Meeting Launcher nell&apos;area di notifica quando chiude la finestra?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the tray icon you can start a meeting or copy your room&apos;s link at any time, and guests can still join meetings hosted on this computer. You can change this later in the menu.</source>
        <translation>Dall&apos;icona nell&apos;area di notifica può avviare una riunione o copiare il link della Sua stanza in qualsiasi momento, e gli ospiti possono continuare a partecipare alle riunioni ospitate su questo computer. Potrà cambiare questa scelta più tardi nel menu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep running</source>
        <translation>Lascia attivo</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../launcher/web/window.py" line="+123"/>
        <source>{} – Meeting</source>
        <extracomment>The web engine could not show the meeting; the fallback panel is up. The window closed (after the page left the meeting). Closed while in the meeting, with the app&apos;s tray: the window hid, the meeting goes on.</extracomment>
        <translation>{} – Riunione</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+89"/>
        <location line="+11"/>
        <source>The meeting cannot be shown in this window on this computer.</source>
        <extracomment>The meeting&apos;s name, as the tray shows it (&quot;In a meeting: ...&quot;). Closing hides the window while its person is in the meeting (the app sets this when its tray keeps it running); leaving is the page&apos;s Leave, or quitting. What :func:`launcher.web.open_meeting` finds this window by (or None). Asks whether to close while the recording is being saved (tests answer it).</extracomment>
        <translation>Su questo computer la riunione non può essere mostrata in questa finestra.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The meeting cannot be shown in this window while Meeting Launcher runs as the administrator (root). Open it in your browser, or start Meeting Launcher as your usual user.</source>
        <translation>La riunione non può essere mostrata in questa finestra mentre Meeting Launcher è in esecuzione come amministratore (root). La apra nel browser, oppure avvii Meeting Launcher con il Suo utente abituale.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meeting cannot be shown in this window: this computer&apos;s system does not allow the protection the window needs. Open it in your browser.</source>
        <translation>La riunione non può essere mostrata in questa finestra: il sistema di questo computer non consente la protezione di cui la finestra ha bisogno. La apra nel browser.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The meeting server cannot be reached. Check the network and try again.</source>
        <translation>Il server delle riunioni non è raggiungibile. Controlli la rete e riprovi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting server&apos;s certificate is not trusted for this account.</source>
        <translation>Il certificato del server delle riunioni non è considerato attendibile per questo account.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The meeting window stopped unexpectedly.</source>
        <translation>La finestra della riunione si è chiusa in modo imprevisto.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The recording is still being saved</source>
        <translation>La registrazione è ancora in fase di salvataggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is still being saved.</source>
        <translation>La registrazione è ancora in fase di salvataggio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing now keeps only what has reached the server. The window closes by itself once all of it is saved.</source>
        <translation>Chiudendo ora si conserva solo ciò che è già arrivato al server. La finestra si chiuderà da sola una volta salvato tutto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close anyway</source>
        <translation>Chiudi comunque</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep saving</source>
        <translation>Continua il salvataggio</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../launcher/ui/widgets.py" line="+224"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>MyRoomCard</name>
    <message>
        <location filename="../../launcher/ui/my_room_card.py" line="+23"/>
        <source>My room</source>
        <translation>La mia stanza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy guest link</source>
        <translation>Copia link ospite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpin</source>
        <translation>Sblocca</translation>
    </message>
</context>
<context>
    <name>PaintedPreview</name>
    <message>
        <location filename="../../launcher/ui/themes/preview.py" line="+430"/>
        <source>Ready to join?</source>
        <extracomment>The page is laid out for a meeting window of this width, then zoomed to fit. &quot;web&quot; or &quot;painted&quot;, once the shown theme is on screen.</extracomment>
        <translation>Pronto a partecipare?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <translation>Il Suo nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Join now</source>
        <translation>Partecipa ora</translation>
    </message>
</context>
<context>
    <name>ReachNote</name>
    <message>
        <location filename="../../launcher/ui/reach_note.py" line="+100"/>
        <source>Let guests on my network join</source>
        <extracomment>Let guests on this network join (the built-in server, all interfaces, TLS). Open the accounts dialog to connect to an office server.</extracomment>
        <translation>Consenti agli ospiti della mia rete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting service of this computer then answers other computers on your network too, over HTTPS with a certificate of its own</source>
        <translation>Il servizio riunioni di questo computer risponde allora anche agli altri computer della vostra rete, via HTTPS con un proprio certificato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to the office server…</source>
        <translation>Connetti al server dell&apos;ufficio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server on the internet lets guests join from anywhere</source>
        <translation>Un server su Internet permette agli ospiti di partecipare da qualsiasi luogo</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../launcher/ui/result_card.py" line="+56"/>
        <source>Guest link</source>
        <extracomment>The way forward when the link reaches too few: guests on my network, office server.</extracomment>
        <translation>Link ospite</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+73"/>
        <source>Your meeting is ready</source>
        <translation>La Sua riunione è pronta</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Guests can join only while Meeting Launcher is running on this computer.</source>
        <translation>Gli ospiti possono partecipare solo mentre Meeting Launcher è in esecuzione su questo computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join as host</source>
        <translation>Entra come organizzatore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invite…</source>
        <translation>Invita…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More ▾</source>
        <translation>Altro ▾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy host link…</source>
        <translation>Copia link organizzatore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it my room</source>
        <translation>Rendila la mia stanza</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your room is ready</source>
        <translation>La Sua stanza è pronta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The link works until {when}.</source>
        <translation>Il link è valido fino a {when}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room closes 10 minutes after the last person leaves.</source>
        <translation>La stanza si chiude 10 minuti dopo l&apos;uscita dell&apos;ultima persona.</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <location filename="../../launcher/ui/rooms_model.py" line="+63"/>
        <source>Name</source>
        <extracomment>Values of ``Qt.ItemDataRole`` (checked against Qt by a test).</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting: {names}</source>
        <translation>In attesa: {names}</translation>
    </message>
</context>
<context>
    <name>RoomsView</name>
    <message>
        <location filename="../../launcher/ui/rooms_view.py" line="+109"/>
        <location line="+40"/>
        <source>Rooms</source>
        <extracomment>``end_id`` beyond any room serial: the page of the newest rooms. Newest first through ``end_id``; False walks every page oldest first instead (what the view falls back to when a server ignores a lone ``end_id``).</extracomment>
        <translation>Stanze</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading rooms</source>
        <translation>Interrompi il caricamento delle stanze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⟳ Refresh</source>
        <translation>⟳ Aggiorna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again</source>
        <translation>Ricarica l&apos;elenco</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Cerca per nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All rooms</source>
        <translation>Tutte le stanze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within a day</source>
        <translation>In scadenza entro un giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No rooms yet. Start a meeting or schedule a room.</source>
        <translation>Ancora nessuna stanza. Avvii una riunione o pianifichi una stanza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+109"/>
        <source>Copy guest link</source>
        <translation>Copia link ospite</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Join as host</source>
        <translation>Entra come organizzatore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite…</source>
        <translation>Invita…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>☆ Make it my room</source>
        <translation>☆ Rendila la mia stanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this room one click away as “My room”</source>
        <translation>Tenga questa stanza a portata di clic come «La mia stanza»</translation>
    </message>
    <message numerus="yes">
        <location line="+248"/>
        <source>{n} of %n room(s)</source>
        <translation>
            <numerusform>{n} di %n stanza</numerusform>
            <numerusform>{n} di %n stanze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n stanza</numerusform>
            <numerusform>%n stanze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Instant rooms cannot be changed.</source>
        <translation>Le stanze immediate non possono essere modificate.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../launcher/ui/schedule_dialog.py" line="+89"/>
        <source>Edit room</source>
        <translation>Modifica stanza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule a room</source>
        <translation>Pianifica una stanza</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save changes</source>
        <translation>Salva modifiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create room</source>
        <translation>Crea stanza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit “{name}”</source>
        <translation>Modifica «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule a long-term room</source>
        <translation>Pianifica una stanza permanente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change when the room expires and how meetings in it work.</source>
        <translation>Modifichi quando scade la stanza e come si svolgono le riunioni al suo interno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A room with a link that stays the same, for a weekly meeting or a team.</source>
        <translation>Una stanza con un link che non cambia, per una riunione settimanale o un gruppo di lavoro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Weekly team meeting</source>
        <translation>ad es. Riunione settimanale del team</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A room&apos;s name cannot be changed.</source>
        <translation>Il nome di una stanza non può essere modificato.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close the room after its first meeting</source>
        <translation>Chiudi la stanza dopo la prima riunione</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+136"/>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Room</source>
        <translation>Stanza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guests join straight away</source>
        <translation>Gli ospiti entrano subito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests wait until the host joins</source>
        <translation>Gli ospiti attendono l&apos;arrivo dell&apos;organizzatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host lets in each guest</source>
        <translation>L&apos;organizzatore ammette ogni ospite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guest&apos;s choice</source>
        <translation>A scelta dell&apos;ospite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (muted)</source>
        <translation>Disattivato (muto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s browser language</source>
        <translation>La lingua del browser dell&apos;ospite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting room</source>
        <translation>Sala d&apos;attesa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page language</source>
        <translation>Lingua della pagina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record every meeting automatically</source>
        <translation>Registra automaticamente ogni riunione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record only the host</source>
        <translation>Registra solo l&apos;organizzatore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording choices are fixed when a room is created.</source>
        <translation>Le opzioni di registrazione vengono fissate alla creazione della stanza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whiteboard</source>
        <translation>Lavagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording button</source>
        <translation>Pulsante di registrazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the meeting</source>
        <translation>Durante la riunione</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+23"/>
        <source>Theme {id}</source>
        <translation>Tema {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list of themes could not be loaded.</source>
        <translation>Non è stato possibile caricare l&apos;elenco dei temi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the room a name.</source>
        <translation>Dia un nome alla stanza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use at most {n} characters (now {m}).</source>
        <translation>Usi al massimo {n} caratteri (ora {m}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick a time at least 10 minutes from now.</source>
        <translation>Scelga un orario ad almeno 10 minuti da adesso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a time at most one year from now.</source>
        <translation>Scelga un orario entro un anno da adesso.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The server did not accept some details; see the highlighted fields.</source>
        <translation>Il server non ha accettato alcuni dati; veda i campi evidenziati.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating…</source>
        <translation>Creazione…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>ScreenSharePicker</name>
    <message>
        <location filename="../../launcher/web/picker.py" line="+38"/>
        <source>Share your screen</source>
        <translation>Condividi lo schermo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the others in the meeting will see.</source>
        <translation>Scelga cosa vedranno gli altri partecipanti alla riunione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entire screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Finestra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share</source>
        <translation>Condividi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no screen or window to share on this computer.</source>
        <translation>Su questo computer non ci sono schermi o finestre da condividere.</translation>
    </message>
</context>
<context>
    <name>ThemeRow</name>
    <message>
        <location filename="../../launcher/ui/themes/row.py" line="+27"/>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Counting rooms…</source>
        <translation>Conteggio delle stanze…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used by any room</source>
        <translation>Non usato da nessuna stanza</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Used by %n room(s)</source>
        <translation>
            <numerusform>Usato da %n stanza</numerusform>
            <numerusform>Usato da %n stanze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../launcher/ui/themes/list.py" line="+577"/>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <location line="-463"/>
        <location line="+23"/>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>How your meetings look to guests: main colour, brand text and logos. Pick a theme to see the meeting page as guests will see it.</source>
        <translation>L&apos;aspetto delle Sue riunioni per gli ospiti: colore principale, testo del marchio e loghi. Scelga un tema per vedere la pagina della riunione come la vedranno gli ospiti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New theme…</source>
        <translation>Nuovo tema…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No themes yet. Create one to give your meetings your company&apos;s colour, name and logo.</source>
        <translation>Ancora nessun tema. Ne crei uno per dare alle Sue riunioni il colore, il nome e il logo della Sua azienda.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before joining</source>
        <translation>Prima di partecipare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the meeting</source>
        <translation>Durante la riunione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What guests will see</source>
        <translation>Cosa vedranno gli ospiti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+179"/>
        <source>Use for all meetings</source>
        <translation>Usa per tutte le riunioni</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Make this the application&apos;s default theme, used by rooms without a theme</source>
        <translation>Rendilo il tema predefinito dell&apos;applicazione, usato dalle stanze senza tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply to rooms…</source>
        <translation>Applica alle stanze…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Weekly team meeting</source>
        <translation>Riunione settimanale del team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest links will look like {link}</source>
        <translation>I link ospite avranno questo aspetto: {link}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop using for all meetings</source>
        <translation>Non usare più per tutte le riunioni</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✓ Theme “{name}” saved</source>
        <translation>✓ Tema «{name}» salvato</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ “{name}” is now used for all meetings without a theme of their own</source>
        <translation>✓ «{name}» ora è usato per tutte le riunioni senza un tema proprio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ “{name}” is no longer the default theme</source>
        <translation>✓ «{name}» non è più il tema predefinito</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>✓ %n room(s) updated</source>
        <translation>
            <numerusform>✓ %n stanza aggiornata</numerusform>
            <numerusform>✓ %n stanze aggiornate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete theme</source>
        <translation>Elimina tema</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“{name}” is used by %n room(s). Delete it anyway?</source>
        <translation>
            <numerusform>«{name}» è usato da %n stanza. Eliminarlo comunque?</numerusform>
            <numerusform>«{name}» è usato da %n stanze. Eliminarlo comunque?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Those rooms will look like the default theme from now on; their links stay the same unless the theme had a short company URL.</source>
        <translation>Da ora queste stanze avranno l&apos;aspetto del tema predefinito; i loro link restano invariati, a meno che il tema non avesse un URL aziendale breve.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the theme “{name}”?</source>
        <translation>Eliminare il tema «{name}»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the default theme: meetings will use the standard look.</source>
        <translation>È il tema predefinito: le riunioni useranno l&apos;aspetto standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>✓ Theme “{name}” deleted</source>
        <translation>✓ Tema «{name}» eliminato</translation>
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
        <translation>Avvia subito una riunione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy my room&apos;s guest link</source>
        <translation>Copia il link ospite della mia stanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Meeting Launcher</source>
        <translation>Apri Meeting Launcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <location line="+22"/>
        <source>%n visitor(s) waiting</source>
        <translation>
            <numerusform>%n visitatore in attesa</numerusform>
            <numerusform>%n visitatori in attesa</numerusform>
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
        <translation>In riunione: {room}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting goes on. Open it again from this icon; leave it with Leave.</source>
        <translation>La riunione continua. Riaprila da questa icona; per uscire usa «Esci».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pin a long-term room as “My room” in the window first</source>
        <translation>Prima fissi una stanza permanente come «La mia stanza» nella finestra</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting Launcher is still running</source>
        <translation>Meeting Launcher è ancora attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start meetings and copy your room&apos;s link from this icon.</source>
        <translation>Avvii riunioni e copi il link della Sua stanza da questa icona.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Guest link copied</source>
        <translation>Link ospite copiato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your room&apos;s guest link is on the clipboard.</source>
        <translation>Il link ospite della Sua stanza è negli appunti.</translation>
    </message>
</context>
<context>
    <name>_FallbackPanel</name>
    <message>
        <location filename="../../launcher/web/window.py" line="-374"/>
        <source>Details</source>
        <extracomment>How long the page gets to say goodbye to the others before the window goes. While the host&apos;s recording is being saved after leaving: how often the window asks the page, and how long it waits at most before closing anyway. Chromium&apos;s net::ERR_ABORTED: a navigation we blocked ourselves, not a failure. True in the page while its person is in the meeting or waiting to be let in.</extracomment>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Apri nel browser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../launcher/ui/accounts/common.py" line="+16"/>
        <source>Guests can open meeting links from this account on this computer and on other computers in your local network. This computer makes its own certificate, which browsers do not know: a guest&apos;s browser warns once and the guest chooses to continue. An office that runs its own certificate authority can install its root certificate on the guests&apos; computers instead; for guests outside the network, connect to an office server.</source>
        <translation>Gli ospiti possono aprire i link delle riunioni di questo account su questo computer e sugli altri computer della rete locale. Questo computer crea un proprio certificato, che i browser non conoscono: il browser dell&apos;ospite mostra un avviso una volta e l&apos;ospite sceglie di proseguire. Un ufficio con una propria autorità di certificazione può invece installare il proprio certificato radice sui computer degli ospiti; per gli ospiti esterni alla rete, si connetta a un server dell&apos;ufficio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guests can open meeting links from this account only on this computer.</source>
        <translation>Gli ospiti possono aprire i link delle riunioni di questo account solo su questo computer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/accounts/form.py" line="+65"/>
        <source>The account could not be saved; see Details.</source>
        <translation>Non è stato possibile salvare l&apos;account; vedere Dettagli.</translation>
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
        <translation>Avvia, pianifica e condividi riunioni video.

Per tutti:
  meeting-launcher          apre l&apos;app (come la voce del menu)
  meeting-launcher LINK     partecipa alla riunione di un link che ti hanno inviato
                            (https://... o meeting-launcher:https://...)
  new                       crea una stanza e mostra il suo link per gli ospiti
  selftest                  controlla questo computer: server, portachiavi, motore web, videocamera
  account                   aggiunge, elenca o rimuove account (le credenziali vanno
                            nel portachiavi del sistema)

Per chi gestisce un server d&apos;ufficio:
  serve                     esegue il server dell&apos;API Meetings e le pagine delle riunioni
  app                       registra applicazioni nella cartella dati di un server
                            (per «account add»; non avvia l&apos;app)
  backup                    copia in modo coerente la cartella dati di un server,
                            anche mentre è in funzione

Ogni comando ha il suo --help (meeting-launcher new --help).</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Add, list or remove accounts; credentials go to the OS keyring.</source>
        <translation>Aggiunge, elenca o rimuove account; le credenziali vanno nel portachiavi del sistema.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>actions</source>
        <translation>azioni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add an account for a Meetings server</source>
        <translation>aggiunge un account per un server Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account for a Meetings server: the key, the id and the address are checked, and one room is listed on the server, before it is saved.</source>
        <translation>Aggiunge un account per un server Meetings: la chiave, l&apos;ID e l&apos;indirizzo vengono verificati, e una stanza viene letta dal server, prima del salvataggio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the account&apos;s name, e.g. &quot;Front desk&quot;</source>
        <translation>il nome dell&apos;account, ad es. «Reception»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s address, e.g. https://meet.office.lan:8443</source>
        <translation>l&apos;indirizzo del server, ad es. https://meet.office.lan:8443</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application id (a UUID) from the server&apos;s operator</source>
        <translation>l&apos;ID dell&apos;applicazione (un UUID) fornito da chi gestisce il server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application&apos;s private key file (PEM)</source>
        <translation>il file della chiave privata dell&apos;applicazione (PEM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s certificate, when it is not a public one</source>
        <translation>il certificato del server, se non è pubblico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>make it the default account</source>
        <translation>lo rende l&apos;account predefinito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list accounts (never prints secrets)</source>
        <translation>elenca gli account (non mostra mai segreti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the accounts: * marks the default one; never prints a secret.</source>
        <translation>Elenca gli account: * indica quello predefinito; non mostra mai un segreto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove an account and its keyring entries</source>
        <translation>rimuove un account e le sue voci nel portachiavi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an account and its keyring entries.</source>
        <translation>Rimuove un account e le sue voci nel portachiavi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account&apos;s name</source>
        <translation>il nome dell&apos;account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a room with a stored account and print its guest link (with --json, the room as the server returned it, host link included: keep it secret).</source>
        <translation>Crea una stanza con un account salvato e mostra il suo link per gli ospiti (con --json, la stanza come l&apos;ha restituita il server, link dell&apos;host compreso: tienila riservata).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the account to use (default: the default account)</source>
        <translation>l&apos;account da usare (altrimenti: quello predefinito)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the meeting&apos;s name</source>
        <translation>il nome della riunione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a long-term room, kept until --expires</source>
        <translation>una stanza a lungo termine, conservata fino a --expires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when a long-term room stops working, e.g. 2031-03-14T09:30 (local time without an offset); 10 minutes to one year ahead</source>
        <translation>quando una stanza a lungo termine smette di funzionare, ad es. 2031-03-14T09:30 (ora locale senza fuso); da 10 minuti a un anno nel futuro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>print the room as JSON (it holds the host link)</source>
        <translation>mostra la stanza in JSON (contiene il link dell&apos;host)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check this computer: the built-in server, the keyring, the web engine, the camera and the microphone. Shows no window and touches none of your data.</source>
        <translation>Controlla questo computer: il server integrato, il portachiavi, il motore web, la videocamera e il microfono. Non apre finestre e non tocca nessuno dei tuoi dati.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print the results as JSON</source>
        <translation>mostra i risultati in JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the TURN relay of this account&apos;s server</source>
        <translation>verificare il relay TURN del server di questo account</translation>
    </message>
    <message>
        <location filename="../../launcher/cli_i18n.py" line="+155"/>
        <source>usage: </source>
        <extracomment>The languages the command line speaks (those of the window, launcher.ui.i18n). The context of the sentences marked with QT_TRANSLATE_NOOP (help texts). Every context of the command line&apos;s sentences (each Translator is named after its context, as pyside6-lupdate reads it from the name before ``.tr``). argparse&apos;s own sentences a person meets (its gettext messages), in context &quot;cli&quot;.</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argomenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostra questo aiuto ed esce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostra la versione del programma ed esce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: errore: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>questi argomenti sono obbligatori: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>è richiesto un valore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>non ammesso insieme all&apos;argomento %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opzione ambigua: %(option)s può indicare %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valore %(type)s non valido: %(value)r</translation>
    </message>
</context>
<context>
    <name>cli_account</name>
    <message>
        <location filename="../../launcher/core/account_cli.py" line="+59"/>
        <source>The password store (keyring) of this computer is locked. Unlock it and try again.</source>
        <extracomment>The sentences of ``account``, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>Il portachiavi delle password di questo computer è bloccato. Sbloccalo e riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store (keyring) the launcher can use to keep the account&apos;s key safe.</source>
        <translation>Questo computer non ha un portachiavi delle password che il launcher possa usare per custodire la chiave dell&apos;account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password store (keyring) of this computer could not be used.</source>
        <translation>Non è stato possibile usare il portachiavi delle password di questo computer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the account needs a name</source>
        <translation>l&apos;account deve avere un nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is longer than {limit} characters</source>
        <translation>il nome supera i {limit} caratteri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an account named {name} already exists</source>
        <translation>esiste già un account di nome {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{server} is not a server address (expected https://host[:port], with no user name, password, ? or # part)</source>
        <translation>{server} non è un indirizzo di server (atteso: https://host[:porta], senza nome utente, password, parte ? o #)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use an https:// address: plain http is only allowed for this computer</source>
        <translation>usa un indirizzo https://: il semplice http è ammesso solo per questo computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the application id must be a UUID</source>
        <translation>l&apos;ID dell&apos;applicazione deve essere un UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>no such file: {file}</source>
        <translation>file non trovato: {file}</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>cannot read {file}</source>
        <translation>impossibile leggere {file}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{file} is not a private key that can be read (PEM, -----BEGIN ...)</source>
        <translation>{file} non è una chiave privata leggibile (PEM, -----BEGIN ...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is not an RSA key (RS256 needs one)</source>
        <translation>la chiave privata non è una chiave RSA (RS256 ne richiede una)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is protected by a passphrase; run this in a terminal to be asked for it, or add the account in the app</source>
        <translation>la chiave privata è protetta da una passphrase; esegui il comando in un terminale perché ti venga chiesta, oppure aggiungi l&apos;account nell&apos;app</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase for the private key is wrong</source>
        <translation>la passphrase della chiave privata è errata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} holds no PEM certificate</source>
        <translation>{file} non contiene alcun certificato PEM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the credentials (401): wrong private key or application id</source>
        <translation>il server ha rifiutato le credenziali (401): chiave privata o ID dell&apos;applicazione errati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Meetings API at this address (404): check the server URL</source>
        <translation>nessuna API Meetings a questo indirizzo (404): controlla l&apos;indirizzo del server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s certificate is not trusted: add the office CA file</source>
        <translation>il certificato del server non è attendibile: aggiungi il file CA dell&apos;ufficio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer in time</source>
        <translation>il server non ha risposto in tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server cannot be reached: check the address and the network</source>
        <translation>il server non è raggiungibile: controlla l&apos;indirizzo e la rete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered with an error: {detail}</source>
        <translation>il server ha risposto con un errore: {detail}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase for {file}: </source>
        <translation>Passphrase per {file}: </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added account {name} for {server} (default).</source>
        <translation>Account {name} aggiunto per {server} (predefinito).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added account {name} for {server}.</source>
        <translation>Account {name} aggiunto per {server}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. The app sets one up for this computer when it first starts.</source>
        <translation>Nessun account. L&apos;app ne crea uno per questo computer al primo avvio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(this computer)</source>
        <translation>(questo computer)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no account named {name}</source>
        <translation>nessun account di nome {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed account {name} and its keyring entries.</source>
        <translation>Account {name} rimosso, insieme alle sue voci nel portachiavi.</translation>
    </message>
</context>
<context>
    <name>cli_new</name>
    <message>
        <location filename="../../launcher/core/room_cli.py" line="+64"/>
        <source>--expires: cannot read {text} as a date and time; use ISO 8601, e.g. 2031-03-14T09:30 or 2031-03-14T09:30:00Z</source>
        <extracomment>The sentences of ``new``, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>--expires: impossibile leggere {text} come data e ora; usa l&apos;ISO 8601, ad es. 2031-03-14T09:30 o 2031-03-14T09:30:00Z</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--expires must be at least 10 minutes from now</source>
        <translation>--expires deve essere ad almeno 10 minuti da adesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--expires must be at most one year from now</source>
        <translation>--expires deve essere entro un anno da adesso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--long-term needs --expires ISO8601 (when the room stops working)</source>
        <translation>--long-term richiede --expires ISO8601 (quando la stanza smette di funzionare)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--expires applies to long-term rooms only: add --long-term</source>
        <translation>--expires vale solo per le stanze a lungo termine: aggiungi --long-term</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting {time}</source>
        <translation>Riunione {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--name must not be empty</source>
        <translation>--name non può essere vuoto</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>--name is %n characters long; at most {limit} are allowed</source>
        <translation>
            <numerusform>--name è lungo %n carattere; al massimo {limit} sono ammessi</numerusform>
            <numerusform>--name è lungo %n caratteri; al massimo {limit} sono ammessi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--account: no account named {name} (accounts: {known})</source>
        <translation>--account: nessun account di nome {name} (account: {known})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no account is set up yet: start Meeting Launcher once, or add one with &apos;meeting-launcher account add&apos;</source>
        <translation>non è ancora configurato alcun account: avvia Meeting Launcher una volta, oppure aggiungine uno con «meeting-launcher account add»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>note: {text}</source>
        <translation>nota: {text}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the server refused or could not be reached: {reason}</source>
        <translation>il server ha rifiutato o non è raggiungibile: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this link opens only on this computer, not for guests elsewhere; for guests on your network turn on &apos;Let guests on my local network join&apos; in the app&apos;s window, for guests anywhere use an office server (&apos;meeting-launcher account add&apos;).</source>
        <translation>questo link si apre solo su questo computer, non per ospiti altrove; per ospiti nella tua rete attiva «Fai entrare gli ospiti della mia rete locale» nella finestra dell&apos;app, per ospiti ovunque usa un server d&apos;ufficio («meeting-launcher account add»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>guests&apos; browsers block camera and microphone on this http:// link; the server needs an https:// address.</source>
        <translation>i browser degli ospiti bloccano videocamera e microfono su questo link http://; il server ha bisogno di un indirizzo https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only computers on your network can open this link.</source>
        <translation>solo i computer della tua rete possono aprire questo link.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting Launcher is not running: start it before the meeting, guests can join only while it runs on this computer.</source>
        <translation>Meeting Launcher non è in esecuzione: avvialo prima della riunione, gli ospiti possono entrare solo mentre è in esecuzione su questo computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guests can join only while Meeting Launcher runs on this computer.</source>
        <translation>Gli ospiti possono entrare solo mentre Meeting Launcher è in esecuzione su questo computer.</translation>
    </message>
</context>
<context>
    <name>cli_selftest</name>
    <message>
        <location filename="../../launcher/web/selftest.py" line="+57"/>
        <source>server</source>
        <extracomment>How long a page gets to show what a check waits for. The checks, in the order they run and are reported (``--json`` keeps these names; the text report shows them in the system&apos;s language, context &quot;cli_selftest&quot;).</extracomment>
        <translation>server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room</source>
        <translation>stanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web engine</source>
        <translation>motore web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera and microphone</source>
        <translation>videocamera e microfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host join</source>
        <translation>ingresso dell&apos;host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relay</source>
        <translation>relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other origin denied</source>
        <translation>altra origine rifiutata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring</source>
        <translation>portachiavi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clean-up</source>
        <extracomment>The report&apos;s sentences, in the system&apos;s language (launcher.cli_i18n). Reported only when closing the window, the web profile or the server went wrong.</extracomment>
        <translation>pulizia</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>built-in server at {origin}</source>
        <extracomment>Set in the environment of the worker process that runs the checks. How long the worker may take for one check (start-up included) or the clean-up before it is stopped and the check reported as not finished. How long the worker may take to exit once it reported everything. The name of the instant room the relay check makes on an account&apos;s server.</extracomment>
        <translation>server integrato su {origin}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>room {code} created through the API client</source>
        <translation>stanza {code} creata tramite il client dell&apos;API</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>joined the meeting as host over the signalling socket</source>
        <translation>entrato nella riunione come host tramite la connessione di segnalazione</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>set, read and deleted a throwaway entry in the OS keyring</source>
        <translation>una voce temporanea scritta, letta ed eliminata nel portachiavi del sistema</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>ERRORE</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>the last %n lines the checks logged</source>
        <translation>
            <numerusform>registro dei controlli (ultima riga: %n)</numerusform>
            <numerusform>registro dei controlli (ultime righe: %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_start</name>
    <message>
        <location filename="../../launcher/__main__.py" line="-307"/>
        <source>no link given</source>
        <extracomment>The sentences of the plain start (a link), in the system&apos;s language.</extracomment>
        <translation>nessun link indicato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the link is too long to be a meeting link</source>
        <translation>il link è troppo lungo per essere un link di riunione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only http and https meeting links are opened</source>
        <translation>si aprono solo link di riunione http e https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the link is not a meeting link Meeting Launcher can open</source>
        <translation>non è un link di riunione che Meeting Launcher può aprire</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>meeting-launcher: link not opened: {reason}</source>
        <translation>meeting-launcher: link non aperto: {reason}</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/app.py" line="+189"/>
        <source>Meeting Launcher is already running.</source>
        <extracomment>The terminal&apos;s sentences at start-up, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>Meeting Launcher è già in esecuzione.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../launcher/ui/errors.py" line="+39"/>
        <source>The server&apos;s security certificate is not trusted: ask your IT contact for the server&apos;s certificate file and add it to the account.</source>
        <translation>Il certificato di sicurezza del server non è attendibile: chieda al Suo referente informatico il file del certificato del server e lo aggiunga all&apos;account.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to the server could not be made; try again later.</source>
        <translation>Non è stato possibile stabilire una connessione sicura con il server; riprovi più tardi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took too long to answer; try again in a moment.</source>
        <translation>Il server ha impiegato troppo tempo a rispondere; riprovi tra un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting service on this computer is not answering; restart Meeting Launcher and try again.</source>
        <translation>Il servizio riunioni di questo computer non risponde; riavvii Meeting Launcher e riprovi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting server could not be reached; check the network connection and try again.</source>
        <translation>Il server delle riunioni non è raggiungibile; controlli la connessione di rete e riprovi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not accept this account&apos;s key; check the account under Settings › Accounts.</source>
        <translation>Il server non ha accettato la chiave di questo account; controlli l&apos;account in Menu › Account.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s limit has been reached; ask the server&apos;s administrator for help.</source>
        <translation>È stato raggiunto il limite del server; chieda aiuto all&apos;amministratore del server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not allow this; ask the server&apos;s administrator for help.</source>
        <translation>Il server non lo ha consentito; chieda aiuto all&apos;amministratore del server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room no longer exists on the server; refresh the list of rooms.</source>
        <translation>Questa stanza non esiste più sul server; aggiorni l&apos;elenco delle stanze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name is already taken; choose another one.</source>
        <translation>Questo nome è già in uso; ne scelga un altro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details were not accepted; correct the highlighted fields.</source>
        <translation>Alcuni dati non sono stati accettati; corregga i campi evidenziati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the request; see Details for its reason.</source>
        <translation>Il server non ha accettato la richiesta; il motivo è in Dettagli.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy; wait a moment and try again.</source>
        <translation>Il server è occupato; attenda un momento e riprovi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server ran into a problem; try again in a moment.</source>
        <translation>Il server ha riscontrato un problema; riprovi tra un momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was not understood; check the account&apos;s server address.</source>
        <translation>La risposta del server non è stata compresa; controlli l&apos;indirizzo del server dell&apos;account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring, where account keys are kept, could not be opened; unlock it and try again.</source>
        <translation>Non è stato possibile aprire l&apos;archivio delle password del sistema, dove sono conservate le chiavi degli account; lo sblocchi e riprovi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file could not be read or written; check the folder and try again.</source>
        <translation>Non è stato possibile leggere o scrivere un file; controlli la cartella e riprovi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong; try again, and see Details if it keeps happening.</source>
        <translation>Qualcosa non ha funzionato; riprovi e, se succede di nuovo, veda i Dettagli.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This theme no longer exists on the server; the list has been refreshed.</source>
        <translation>Questo tema non esiste più sul server; l&apos;elenco è stato aggiornato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That short company URL is already used; choose another one.</source>
        <translation>Questo URL aziendale breve è già in uso; ne scelga un altro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A theme with that name already exists; choose another name.</source>
        <translation>Esiste già un tema con questo nome; scelga un altro nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server allows no more themes; delete one you no longer use.</source>
        <translation>Il server non consente altri temi; ne elimini uno che non usa più.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer has no network address right now, so its links still open only here; connect it to your network and turn the option on again.</source>
        <translation>Al momento questo computer non ha un indirizzo di rete, quindi i suoi link si aprono ancora solo qui; lo colleghi alla rete e riattivi l&apos;opzione.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a name for the account, such as “Front desk”.</source>
        <translation>Inserisca un nome per l&apos;account, ad esempio «Reception».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a shorter name.</source>
        <translation>Scelga un nome più breve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another account already has this name; choose another one.</source>
        <translation>Un altro account ha già questo nome; ne scelga un altro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server address as given by your IT contact, e.g. https://meet.example.org.</source>
        <translation>Inserisca l&apos;indirizzo del server fornito dal Suo referente informatico, ad es. https://meet.example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must start with https:// so that the key travels safely.</source>
        <translation>L&apos;indirizzo deve iniziare con https:// perché la chiave viaggi in modo sicuro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the meeting links address as https://host, or leave it empty.</source>
        <translation>Inserisca l&apos;indirizzo dei link delle riunioni come https://host, oppure lasci vuoto il campo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application ID looks like 12345678-abcd-… (36 characters); check it.</source>
        <translation>L&apos;ID applicazione ha la forma 12345678-abcd-… (36 caratteri); lo controlli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, drop or paste the private key file.</source>
        <translation>Scelga, trascini o incolli il file della chiave privata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That key file no longer exists; choose it again.</source>
        <translation>Questo file della chiave non esiste più; lo scelga di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That key file could not be read; choose another.</source>
        <translation>Non è stato possibile leggere questo file della chiave; ne scelga un altro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a private key file (it should start with -----BEGIN).</source>
        <translation>Questo non è un file di chiave privata (dovrebbe iniziare con -----BEGIN).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is not an RSA key; the server needs an RSA key.</source>
        <translation>Questa chiave non è una chiave RSA; il server richiede una chiave RSA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is protected: enter its passphrase below.</source>
        <translation>Questa chiave è protetta: inserisca qui sotto la sua frase segreta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is not right; try again.</source>
        <translation>La frase segreta non è corretta; riprovi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key has no passphrase; leave that field empty.</source>
        <translation>Questa chiave non ha una frase segreta; lasci vuoto il campo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That certificate file no longer exists; choose it again.</source>
        <translation>Questo file del certificato non esiste più; lo scelga di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That certificate file could not be read.</source>
        <translation>Non è stato possibile leggere questo file del certificato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file holds no certificate; choose the .pem or .crt file.</source>
        <translation>Questo file non contiene un certificato; scelga il file .pem o .crt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the application ID and key; check that they belong together.</source>
        <translation>Il server non ha accettato l&apos;ID applicazione e la chiave; controlli che siano abbinati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meeting server answers at this address; check the server address.</source>
        <translation>A questo indirizzo non risponde nessun server per riunioni; controlli l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted; add the certificate file from your IT contact.</source>
        <translation>Il certificato del server non è attendibile; aggiunga il file del certificato fornito dal Suo referente informatico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot be reached; check the address and the network connection.</source>
        <translation>Il server non è raggiungibile; controlli l&apos;indirizzo e la connessione di rete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time; try again.</source>
        <translation>Il server non ha risposto in tempo; riprovi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error; see Details.</source>
        <translation>Il server ha risposto con un errore; vedere Dettagli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is not accepted.</source>
        <translation>Questo valore non è accettato.</translation>
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
        <translation>Incolli prima il link della riunione o ne digiti il codice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long to be a meeting link. Copy the link again.</source>
        <translation>È troppo lungo per essere un link di riunione. Copi di nuovo il link.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a meeting link. Meeting links start with https:// (or http://).</source>
        <translation>Questo non è un link di riunione. I link di riunione iniziano con https:// (o http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a meeting link Meeting Launcher can open. Ask the person who sent it for the meeting&apos;s link or code.</source>
        <translation>Meeting Launcher non può aprire questo link come riunione. Chieda a chi glielo ha inviato il link o il codice della riunione.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Meeting {code}</source>
        <translation>Riunione {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Link not opened</source>
        <translation>Link non aperto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting Launcher opened nothing. You can paste a link under “Join a meeting”.</source>
        <translation>Meeting Launcher non ha aperto nulla. Può incollare un link in «Partecipa a una riunione».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join a meeting on another server?</source>
        <translation>Partecipare a una riunione su un altro server?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting is on {server}, a server none of your accounts uses.</source>
        <translation>Questa riunione si trova su {server}, un server che nessuno dei Suoi account usa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join only if you trust the person who sent you the link: the meeting window will use your camera and microphone for it.</source>
        <translation>Partecipi solo se si fida di chi Le ha inviato il link: la finestra della riunione userà la Sua fotocamera e il Suo microfono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join</source>
        <translation>Partecipa</translation>
    </message>
</context>
<context>
    <name>reach</name>
    <message>
        <location filename="../../launcher/ui/reach_note.py" line="-82"/>
        <source>Only this computer can open this link: a guest on another computer or phone gets an error page, so do not send it yet.</source>
        <translation>Solo questo computer può aprire questo link: un ospite su un altro computer o telefono vedrebbe una pagina di errore, quindi non lo invii ancora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests can open this link, but their browser blocks camera and microphone on it: the server needs an https:// address.</source>
        <translation>Gli ospiti possono aprire questo link, ma il loro browser vi blocca videocamera e microfono: il server ha bisogno di un indirizzo https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only computers and phones on your network can open this link. Their browser first warns that it does not know this computer&apos;s certificate: tell guests to choose to continue.</source>
        <translation>Solo i computer e i telefoni della vostra rete possono aprire questo link. Il loro browser avvisa prima di non conoscere il certificato di questo computer: dica agli ospiti di scegliere di proseguire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people on your office network can open this link, not guests outside it.</source>
        <translation>Solo le persone della rete dell&apos;ufficio possono aprire questo link, non gli ospiti esterni.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These links open only on this computer. To invite guests from elsewhere, start a meeting and follow the note under its link.</source>
        <translation>Questi link si aprono solo su questo computer. Per invitare ospiti che si trovano altrove, avvii una riunione e segua la nota sotto il suo link.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests&apos; browsers block camera and microphone on these links: the server needs an https:// address.</source>
        <translation>I browser degli ospiti bloccano videocamera e microfono su questi link: il server ha bisogno di un indirizzo https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only computers and phones on your network can open these links.</source>
        <translation>Solo i computer e i telefoni della vostra rete possono aprire questi link.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only people on your office network can open these links.</source>
        <translation>Solo le persone della rete dell&apos;ufficio possono aprire questi link.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Copied to the clipboard: paste it into an e-mail or a chat.</source>
        <translation>✓ Copiato negli appunti: lo incolli in un&apos;e-mail o in una chat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Copied to the clipboard, for a browser on this computer.</source>
        <translation>✓ Copiato negli appunti, per un browser di questo computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste it into an e-mail or a chat to invite guests.</source>
        <translation>Lo incolli in un&apos;e-mail o in una chat per invitare gli ospiti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It opens only on this computer: open Meeting Launcher to let guests elsewhere join.</source>
        <translation>Si apre solo su questo computer: apra Meeting Launcher per far partecipare ospiti che si trovano altrove.</translation>
    </message>
</context>
<context>
    <name>rooms</name>
    <message>
        <location filename="../../launcher/ui/roomtext.py" line="+64"/>
        <source>Meeting {time}</source>
        <translation>Riunione {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>tra %n minuto</numerusform>
            <numerusform>tra %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>tra %n ora</numerusform>
            <numerusform>tra %n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In a meeting now · %n person(s)</source>
        <translation>
            <numerusform>Riunione in corso · %n persona</numerusform>
            <numerusform>Riunione in corso · %n persone</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires {when}</source>
        <translation>Scade {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-term</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instant</source>
        <translation>Immediata</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../launcher/ui/sharing.py" line="+23"/>
        <source>Copy the host link?</source>
        <translation>Copiare il link organizzatore?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who opens the host link joins as host: they can let people in, record and end the meeting. Share it only with people who should host; send guests the guest link instead.</source>
        <translation>Chiunque apra il link organizzatore partecipa come organizzatore: può ammettere persone, registrare e terminare la riunione. Lo condivida solo con chi deve organizzare; agli ospiti invii invece il link ospite.</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <location filename="../../launcher/ui/themes/apply.py" line="+60"/>
        <source>Apply theme to rooms</source>
        <translation>Applica il tema alle stanze</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Which rooms should use “{name}”?</source>
        <translation>Quali stanze devono usare «{name}»?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only long-term rooms can change their look; meetings started with one click use the default theme. Untick a room to give it back the default look.</source>
        <translation>Solo le stanze permanenti possono cambiare aspetto; le riunioni avviate con un clic usano il tema predefinito. Tolga la spunta a una stanza per ridarle l&apos;aspetto predefinito.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>With this theme, guest links look like {link}; links already sent keep working.</source>
        <translation>Con questo tema i link ospite hanno questo aspetto: {link}; i link già inviati continuano a funzionare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Filter rooms by name</source>
        <translation>Filtra le stanze per nome</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no long-term rooms yet. Schedule one from the main window.</source>
        <translation>Non ci sono ancora stanze permanenti. Ne pianifichi una dalla finestra principale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select all</source>
        <translation>Seleziona tutte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select none</source>
        <translation>Deseleziona tutte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>uses this theme</source>
        <translation>usa questo tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uses “{name}”</source>
        <translation>usa «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uses another theme</source>
        <translation>usa un altro tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default look</source>
        <translation>aspetto predefinito</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n room(s) selected</source>
        <translation>
            <numerusform>%n stanza selezionata</numerusform>
            <numerusform>%n stanze selezionate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Applying…</source>
        <translation>Applicazione…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating room {n} of {total}…</source>
        <translation>Aggiornamento della stanza {n} di {total}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>These rooms could not be changed: {names}. {reason}</source>
        <translation>Non è stato possibile modificare queste stanze: {names}. {reason}</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/common.py" line="+30"/>
        <source>Text on this colour is hard to read: contrast {ratio:.1f}:1, below the 4.5:1 that WCAG AA asks for (buttons and initials use it).</source>
        <translation>Il testo su questo colore è difficile da leggere: contrasto {ratio:.1f}:1, sotto il 4,5:1 richiesto da WCAG AA (lo usano pulsanti e iniziali).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buttons in this colour hardly stand out from the meeting page&apos;s dark background ({ratio:.1f}:1, at least 3:1 recommended).</source>
        <translation>I pulsanti di questo colore risaltano appena sullo sfondo scuro della pagina della riunione ({ratio:.1f}:1, consigliato almeno 3:1).</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/editor.py" line="+87"/>
        <source>New theme</source>
        <translation>Nuovo tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+357"/>
        <source>Edit theme</source>
        <translation>Modifica tema</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>e.g. Acme spring campaign (default: the brand text)</source>
        <translation>ad es. Campagna di primavera Acme (predefinito: il testo del marchio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Pick a colour</source>
        <translation>Scegli un colore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shown next to the logo, e.g. Acme Travel</source>
        <translation>Mostrato accanto al logo, ad es. Acme Viaggi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. acme</source>
        <translation>facoltativo, ad es. acme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <location line="+182"/>
        <source>Main colour</source>
        <translation>Colore principale</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Brand text</source>
        <translation>Testo del marchio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short company URL</source>
        <translation>URL aziendale breve</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Images</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New images show in the preview once the theme is saved.</source>
        <translation>Le nuove immagini compaiono nell&apos;anteprima dopo il salvataggio del tema.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What guests will see</source>
        <translation>Cosa vedranno gli ospiti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create theme</source>
        <translation>Crea tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+220"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type a colour like #14213D, or pick one with the button.</source>
        <translation>Inserisca un colore come #14213D, oppure ne scelga uno con il pulsante.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guest links will look like {link}</source>
        <translation>I link ospite avranno questo aspetto: {link}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brand text is required.</source>
        <translation>Il testo del marchio è obbligatorio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Weekly team meeting</source>
        <translation>Riunione settimanale del team</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Immagini PNG (*.png);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uploading images…</source>
        <translation>Caricamento delle immagini…</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../../launcher/ui/themes/images.py" line="+52"/>
        <source>The server refused it ({code}).</source>
        <translation>Il server l&apos;ha rifiutata ({code}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused some images; see the notes under each image.</source>
        <translation>Il server ha rifiutato alcune immagini; veda le note sotto ciascuna immagine.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>At most 128 characters.</source>
        <translation>Al massimo 128 caratteri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only letters, digits, “-”, “_” and “~”; no spaces or accents.</source>
        <translation>Solo lettere, cifre, «-», «_» e «~»; niente spazi né accenti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one letter: digits alone look like a meeting code.</source>
        <translation>Aggiunga almeno una lettera: le sole cifre sembrano un codice riunione.</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/images.py" line="-23"/>
        <source>Not a PNG image: save it as PNG.</source>
        <translation>Non è un&apos;immagine PNG: la salvi in formato PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size:.1f} MB; at most 1 MB.</source>
        <translation>Il file è di {size:.1f} MB; al massimo 1 MB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is {w} × {h} px; the favicon must be square, 16 to 32 px.</source>
        <translation>Misura {w} × {h} px; l&apos;icona della scheda deve essere quadrata, da 16 a 32 px.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is {w} × {h} px; logos may be at most 300 × 300 px.</source>
        <translation>Misura {w} × {h} px; i loghi possono misurare al massimo 300 × 300 px.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The background is not transparent: its corners must be see-through.</source>
        <translation>Lo sfondo non è trasparente: i suoi angoli devono essere trasparenti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coloured logo</source>
        <translation>Logo a colori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White logo</source>
        <translation>Logo bianco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favicon</source>
        <translation>Icona della scheda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG, square, 16 to 32 px, transparent background, at most 1 MB</source>
        <translation>PNG, quadrata, da 16 a 32 px, sfondo trasparente, al massimo 1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG, up to 300 × 300 px, transparent background, at most 1 MB</source>
        <translation>PNG, fino a 300 × 300 px, sfondo trasparente, al massimo 1 MB</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t change</source>
        <translation>Non modificare</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Uploaded; choose a file to replace it.</source>
        <translation>Caricata; scelga un file per sostituirla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet (optional).</source>
        <translation>Ancora nessuna (facoltativo).</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../launcher/ui/main_window.py" line="+30"/>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (this computer)</source>
        <translation>{name} (questo computer)</translation>
    </message>
</context>
</TS>
