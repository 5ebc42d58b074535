<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../launcher/ui/accounts/list.py" line="+53"/>
        <location line="+8"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let guests on my local network join</source>
        <translation>Permitir que se unan invitados de mi red local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a server…</source>
        <translation>Conectar con un servidor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set as default</source>
        <translation>Usar como predeterminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — default</source>
        <translation>{name} — predeterminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings run on this computer</source>
        <translation>Las reuniones se celebran en este ordenador</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “{name}”?</source>
        <translation>¿Quitar la cuenta «{name}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings on this computer stay, but this app can no longer create them.</source>
        <translation>Las reuniones de este ordenador se conservan, pero esta aplicación ya no podrá crearlas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its key is deleted from this computer. Rooms on the server stay.</source>
        <translation>Su clave se borra de este ordenador. Las salas del servidor se conservan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The account could not be removed because the password store is not available.</source>
        <translation>No se ha podido quitar la cuenta porque el almacén de contraseñas no está disponible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account could not be removed; see Details.</source>
        <translation>No se ha podido quitar la cuenta; consulte Detalles.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The meeting service on this computer could not restart; see Details.</source>
        <translation>El servicio de reuniones de este ordenador no ha podido reiniciarse; consulte Detalles.</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../launcher/ui/accounts/form.py" line="+80"/>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to a server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter what your IT contact gave you. The key is kept in this computer&apos;s password store; afterwards you may delete the key file.</source>
        <translation>Introduzca los datos que le ha facilitado su responsable de informática. La clave se guarda en el almacén de contraseñas de este ordenador; después puede borrar el archivo de la clave.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the private key here, drop its file on this window, or choose it.</source>
        <translation>Pegue aquí la clave privada, arrastre su archivo a esta ventana o selecciónelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the server&apos;s certificate file</source>
        <translation>Opcional: el archivo de certificado del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: where guests open meeting links</source>
        <translation>Opcional: dónde abren los invitados los enlaces de reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this account for new meetings</source>
        <translation>Usar esta cuenta para las reuniones nuevas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID</source>
        <translation>ID de aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting links</source>
        <translation>Enlaces de reunión</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the account with the server…</source>
        <translation>Comprobando la cuenta con el servidor…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Leave empty to keep the stored one</source>
        <translation>Déjelo vacío para conservar la guardada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the private key</source>
        <translation>Elegir la clave privada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Claves (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the server&apos;s certificate</source>
        <translation>Elegir el certificado del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>BrowserHandoff</name>
    <message>
        <location filename="../../launcher/web/handoff.py" line="+116"/>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting server cannot hand the host link to your browser safely. You can copy the host link and paste it into your browser&apos;s address bar: anyone who has it joins as host, so do not send it to anyone.</source>
        <translation>Este servidor de reuniones no puede pasar el enlace de anfitrión a su navegador de forma segura. Puede copiar el enlace de anfitrión y pegarlo en la barra de direcciones del navegador: quien lo tenga entra como anfitrión, así que no se lo envíe a nadie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy host link</source>
        <translation>Copiar enlace de anfitrión</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <location filename="../../launcher/ui/front_desk.py" line="+179"/>
        <source>A visitor</source>
        <translation>Un visitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is waiting</source>
        <translation>{name} está esperando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the waiting room of “{room}”</source>
        <translation>En la sala de espera de «{room}»</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Open meeting</source>
        <translation>Abrir la reunión</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Admit</source>
        <translation>Dejar entrar</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../launcher/ui/invite_dialog.py" line="+56"/>
        <source>Invite guests</source>
        <extracomment>Who can open the link (the window knows the account; else from the link).</extracomment>
        <translation>Invitar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are invited to a video meeting: {name}</source>
        <translation>Está invitado/a a una videorreunión: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join from your browser: {link}</source>
        <translation>Únase desde su navegador: {link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link works until {expiry}.</source>
        <translation>Este enlace funciona hasta el {expiry}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting room closes 10 minutes after the last person leaves.</source>
        <translation>La sala de reunión se cierra 10 minutos después de que salga la última persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation: {name}</source>
        <translation>Invitación: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link opens only on the computer that made it: it is not for guests elsewhere.</source>
        <translation>Este enlace solo se abre en el ordenador que lo creó: no sirve para invitados que estén en otro lugar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invite guests to “{name}”</source>
        <translation>Invitar a «{name}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send this text by e-mail or chat, or let a visitor scan the code.</source>
        <translation>Envíe este texto por correo electrónico o chat, o deje que un visitante escanee el código.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this text to try the link in a browser on this computer.</source>
        <translation>Copie este texto para probar el enlace en un navegador de este ordenador.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan to join</source>
        <translation>Escanear para unirse</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan with a phone camera to open the guest link</source>
        <translation>Escanee con la cámara de un teléfono para abrir el enlace de invitado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy invitation</source>
        <translation>Copiar invitación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This link opens only on this computer</source>
        <translation>Este enlace solo se abre en este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save to calendar…</source>
        <translation>Guardar en el calendario…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a meeting time</source>
        <translation>Añadir una hora de reunión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week until the room expires</source>
        <translation>Cada semana hasta que caduque la sala</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a meeting time, the calendar shows the link until the room expires.</source>
        <translation>Sin hora de reunión, el calendario muestra el enlace hasta que caduque la sala.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Calendar file saved</source>
        <translation>Archivo de calendario guardado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ Invitation copied to the clipboard</source>
        <translation>✓ Invitación copiada al portapapeles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save calendar file</source>
        <translation>Guardar archivo de calendario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <location filename="../../launcher/ui/join_card.py" line="+21"/>
        <source>Join a meeting</source>
        <translation>Unirse a una reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a meeting link or code</source>
        <translation>Pegue un enlace o un código de reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting link or code</source>
        <translation>Enlace o código de la reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>A meeting link or code someone sent you; press Enter to join</source>
        <translation>Un enlace o código de reunión que le han enviado; pulse Intro para unirse</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join the meeting of this link or code</source>
        <translation>Unirse a la reunión de este enlace o código</translation>
    </message>
</context>
<context>
    <name>KeyringDialog</name>
    <message>
        <location filename="../../launcher/ui/keyring_dialog.py" line="+43"/>
        <source>Password store not available</source>
        <translation>Almacén de contraseñas no disponible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s password store is locked, so the account&apos;s key cannot be kept safe. Unlock it (or sign in again) and try once more.</source>
        <translation>El almacén de contraseñas de este ordenador está bloqueado, así que la clave de la cuenta no se puede guardar de forma segura. Desbloquéelo (o vuelva a iniciar sesión) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no password store where the account&apos;s key can be kept safe.</source>
        <translation>Este ordenador no tiene un almacén de contraseñas donde guardar de forma segura la clave de la cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s password store could not be used just now.</source>
        <translation>No se ha podido usar el almacén de contraseñas de este ordenador en este momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can still use the account until you close Meeting Launcher: the key then stays in memory only and is never written to disk. You will be asked again next time.</source>
        <translation>Aun así puede usar la cuenta hasta que cierre Meeting Launcher: la clave se queda solo en memoria y nunca se escribe en el disco. La próxima vez se le volverá a preguntar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use for this session only</source>
        <translation>Usar solo en esta sesión</translation>
    </message>
</context>
<context>
    <name>LanSwitch</name>
    <message>
        <location filename="../../launcher/ui/lan_switch.py" line="+31"/>
        <source>Let guests on my local network join</source>
        <translation>Permitir que se unan invitados de mi red local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies at once, no restart needed</source>
        <translation>Se aplica al momento, sin reiniciar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computers and phones on this network can open your meeting links.</source>
        <translation>Los ordenadores y teléfonos de esta red pueden abrir tus enlaces de reunión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now only this computer can open your meeting links.</source>
        <translation>Por ahora solo este ordenador puede abrir tus enlaces de reunión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restarting the meeting service of this computer…</source>
        <translation>Reiniciando el servicio de reuniones de este ordenador…</translation>
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
        <translation>La cuenta con la que se crean las salas nuevas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>☰  Menu</source>
        <translation>☰  Menú</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company&apos;s colour, name and logo on meetings</source>
        <translation>El color, el nombre y el logotipo de su empresa en las reuniones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a meeting</source>
        <translation>Iniciar una reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates a room and copies the guest link, ready to paste.</source>
        <translation>Crea una sala y copia el enlace de invitado, listo para pegar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: a name guests will see</source>
        <translation>Opcional: un nombre que verán los invitados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a meeting now</source>
        <translation>Iniciar una reunión ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a meeting now (Ctrl+N)</source>
        <translation>Iniciar una reunión ahora (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+708"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-705"/>
        <source>Schedule a long-term room…</source>
        <translation>Programar una sala permanente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A room whose link stays the same, for weekly meetings</source>
        <translation>Una sala cuyo enlace no cambia, para reuniones semanales</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting name (optional)</source>
        <translation>Nombre de la reunión (opcional)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep running in the tray when closed</source>
        <translation>Seguir en la bandeja del sistema al cerrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play a sound when a visitor is waiting</source>
        <translation>Reproducir un sonido cuando un visitante espera</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+626"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+291"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Guests outside your network can join when meetings run on your office&apos;s server, one with an https:// address on the internet. Choose “Connect to a server…” and enter the address and key your IT contact gives you.</source>
        <translation>Los invitados de fuera de su red pueden unirse cuando las reuniones se celebran en el servidor de su oficina, accesible en Internet con una dirección https://. Elija «Conectar con un servidor…» e introduzca la dirección y la clave que le facilite su responsable de informática.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening this computer to your network…</source>
        <translation>Abriendo este ordenador a su red…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Now only this computer can open your meeting links</source>
        <translation>Ahora solo este ordenador puede abrir tus enlaces de reunión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guests on your network can join now. Links start with {origin}</source>
        <translation>Los invitados de su red ya pueden unirse. Los enlaces empiezan por {origin}</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+44"/>
        <source>✓ Guest link copied</source>
        <translation>✓ Enlace de invitado copiado</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>✓ Changes saved</source>
        <translation>✓ Cambios guardados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host link copied: share it only with hosts</source>
        <translation>Enlace de anfitrión copiado: compártalo solo con anfitriones</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening the meeting…</source>
        <translation>Abriendo la reunión…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>★ “{name}” is now your room</source>
        <translation>★ «{name}» es ahora su sala</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>✓ Guest link of “{name}” copied</source>
        <translation>✓ Enlace de invitado de «{name}» copiado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leave the meeting?</source>
        <translation>¿Salir de la reunión?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are in a meeting: “{room}”.</source>
        <translation>Está en una reunión: «{room}».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You are in %n meeting(s).</source>
        <translation>
            <numerusform>Está en %n reunión.</numerusform>
            <numerusform>Está en %n reuniones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitting Meeting Launcher leaves the meeting.</source>
        <translation>Al cerrar Meeting Launcher saldrá de la reunión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave and quit</source>
        <translation>Salir y cerrar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keep Meeting Launcher running?</source>
        <translation>¿Mantener Meeting Launcher abierto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Meeting Launcher running in the tray when you close the window?</source>
        <translation>¿Mantener Meeting Launcher abierto en la bandeja del sistema al cerrar la ventana?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the tray icon you can start a meeting or copy your room&apos;s link at any time, and guests can still join meetings hosted on this computer. You can change this later in the menu.</source>
        <translation>Desde el icono de la bandeja puede iniciar una reunión o copiar el enlace de su sala en cualquier momento, y los invitados pueden seguir uniéndose a las reuniones alojadas en este ordenador. Puede cambiarlo más adelante en el menú.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep running</source>
        <translation>Mantener abierto</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../launcher/web/window.py" line="+123"/>
        <source>{} – Meeting</source>
        <extracomment>The web engine could not show the meeting; the fallback panel is up. The window closed (after the page left the meeting). Closed while in the meeting, with the app&apos;s tray: the window hid, the meeting goes on.</extracomment>
        <translation>{} – Reunión</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+89"/>
        <location line="+11"/>
        <source>The meeting cannot be shown in this window on this computer.</source>
        <extracomment>The meeting&apos;s name, as the tray shows it (&quot;In a meeting: ...&quot;). Closing hides the window while its person is in the meeting (the app sets this when its tray keeps it running); leaving is the page&apos;s Leave, or quitting. What :func:`launcher.web.open_meeting` finds this window by (or None). Asks whether to close while the recording is being saved (tests answer it).</extracomment>
        <translation>La reunión no se puede mostrar en esta ventana en este ordenador.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The meeting cannot be shown in this window while Meeting Launcher runs as the administrator (root). Open it in your browser, or start Meeting Launcher as your usual user.</source>
        <translation>La reunión no se puede mostrar en esta ventana mientras Meeting Launcher se ejecute como administrador (root). Ábrala en su navegador o inicie Meeting Launcher con su usuario habitual.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meeting cannot be shown in this window: this computer&apos;s system does not allow the protection the window needs. Open it in your browser.</source>
        <translation>La reunión no se puede mostrar en esta ventana: el sistema de este equipo no permite la protección que necesita la ventana. Ábrala en su navegador.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The meeting server cannot be reached. Check the network and try again.</source>
        <translation>No se puede acceder al servidor de reuniones. Compruebe la red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting server&apos;s certificate is not trusted for this account.</source>
        <translation>El certificado del servidor de reuniones no es de confianza para esta cuenta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The meeting window stopped unexpectedly.</source>
        <translation>La ventana de la reunión se ha detenido de forma inesperada.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The recording is still being saved</source>
        <translation>La grabación todavía se está guardando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording is still being saved.</source>
        <translation>La grabación todavía se está guardando.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing now keeps only what has reached the server. The window closes by itself once all of it is saved.</source>
        <translation>Si cierra ahora, solo se conservará lo que ya ha llegado al servidor. La ventana se cerrará sola cuando todo se haya guardado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep saving</source>
        <translation>Seguir guardando</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../launcher/ui/widgets.py" line="+224"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MyRoomCard</name>
    <message>
        <location filename="../../launcher/ui/my_room_card.py" line="+23"/>
        <source>My room</source>
        <translation>Mi sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy guest link</source>
        <translation>Copiar enlace de invitado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpin</source>
        <translation>Desanclar</translation>
    </message>
</context>
<context>
    <name>PaintedPreview</name>
    <message>
        <location filename="../../launcher/ui/themes/preview.py" line="+430"/>
        <source>Ready to join?</source>
        <extracomment>The page is laid out for a meeting window of this width, then zoomed to fit. &quot;web&quot; or &quot;painted&quot;, once the shown theme is on screen.</extracomment>
        <translation>¿Listo para unirse?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Join now</source>
        <translation>Unirse ahora</translation>
    </message>
</context>
<context>
    <name>ReachNote</name>
    <message>
        <location filename="../../launcher/ui/reach_note.py" line="+100"/>
        <source>Let guests on my network join</source>
        <extracomment>Let guests on this network join (the built-in server, all interfaces, TLS). Open the accounts dialog to connect to an office server.</extracomment>
        <translation>Permitir invitados de mi red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting service of this computer then answers other computers on your network too, over HTTPS with a certificate of its own</source>
        <translation>El servicio de reuniones de este ordenador responde entonces también a los demás ordenadores de su red, por HTTPS con un certificado propio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to the office server…</source>
        <translation>Conectar con el servidor de la oficina…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server on the internet lets guests join from anywhere</source>
        <translation>Un servidor en Internet permite a los invitados unirse desde cualquier lugar</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../launcher/ui/result_card.py" line="+56"/>
        <source>Guest link</source>
        <extracomment>The way forward when the link reaches too few: guests on my network, office server.</extracomment>
        <translation>Enlace de invitado</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+73"/>
        <source>Your meeting is ready</source>
        <translation>Su reunión está lista</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Guests can join only while Meeting Launcher is running on this computer.</source>
        <translation>Los invitados solo pueden unirse mientras Meeting Launcher esté abierto en este ordenador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join as host</source>
        <translation>Unirse como anfitrión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invite…</source>
        <translation>Invitar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More ▾</source>
        <translation>Más ▾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy host link…</source>
        <translation>Copiar enlace de anfitrión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it my room</source>
        <translation>Convertirla en mi sala</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your room is ready</source>
        <translation>Su sala está lista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The link works until {when}.</source>
        <translation>El enlace funciona hasta el {when}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room closes 10 minutes after the last person leaves.</source>
        <translation>La sala se cierra 10 minutos después de que salga la última persona.</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <location filename="../../launcher/ui/rooms_model.py" line="+63"/>
        <source>Name</source>
        <extracomment>Values of ``Qt.ItemDataRole`` (checked against Qt by a test).</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting: {names}</source>
        <translation>Esperando: {names}</translation>
    </message>
</context>
<context>
    <name>RoomsView</name>
    <message>
        <location filename="../../launcher/ui/rooms_view.py" line="+109"/>
        <location line="+40"/>
        <source>Rooms</source>
        <extracomment>``end_id`` beyond any room serial: the page of the newest rooms. Newest first through ``end_id``; False walks every page oldest first instead (what the view falls back to when a server ignores a lone ``end_id``).</extracomment>
        <translation>Salas</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading rooms</source>
        <translation>Dejar de cargar las salas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⟳ Refresh</source>
        <translation>⟳ Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again</source>
        <translation>Volver a cargar la lista</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All rooms</source>
        <translation>Todas las salas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within a day</source>
        <translation>Caduca en menos de un día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No rooms yet. Start a meeting or schedule a room.</source>
        <translation>Todavía no hay salas. Inicie una reunión o programe una sala.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+109"/>
        <source>Copy guest link</source>
        <translation>Copiar enlace de invitado</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Join as host</source>
        <translation>Unirse como anfitrión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite…</source>
        <translation>Invitar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>☆ Make it my room</source>
        <translation>☆ Convertirla en mi sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this room one click away as “My room”</source>
        <translation>Tener esta sala a un clic como «Mi sala»</translation>
    </message>
    <message numerus="yes">
        <location line="+248"/>
        <source>{n} of %n room(s)</source>
        <translation>
            <numerusform>{n} de %n sala</numerusform>
            <numerusform>{n} de %n salas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n sala</numerusform>
            <numerusform>%n salas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Instant rooms cannot be changed.</source>
        <translation>Las salas instantáneas no se pueden modificar.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../launcher/ui/schedule_dialog.py" line="+89"/>
        <source>Edit room</source>
        <translation>Editar sala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule a room</source>
        <translation>Programar una sala</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create room</source>
        <translation>Crear sala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit “{name}”</source>
        <translation>Editar «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule a long-term room</source>
        <translation>Programar una sala permanente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change when the room expires and how meetings in it work.</source>
        <translation>Cambie cuándo caduca la sala y cómo funcionan sus reuniones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A room with a link that stays the same, for a weekly meeting or a team.</source>
        <translation>Una sala con un enlace que no cambia, para una reunión semanal o un equipo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Weekly team meeting</source>
        <translation>p. ej. Reunión semanal del equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A room&apos;s name cannot be changed.</source>
        <translation>El nombre de una sala no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close the room after its first meeting</source>
        <translation>Cerrar la sala después de su primera reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+136"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guests join straight away</source>
        <translation>Los invitados entran directamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests wait until the host joins</source>
        <translation>Los invitados esperan a que llegue el anfitrión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host lets in each guest</source>
        <translation>El anfitrión deja entrar a cada invitado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guest&apos;s choice</source>
        <translation>A elección del invitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (muted)</source>
        <translation>Desactivado (silenciado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s browser language</source>
        <translation>El idioma del navegador del invitado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page language</source>
        <translation>Idioma de la página</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record every meeting automatically</source>
        <translation>Grabar automáticamente cada reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record only the host</source>
        <translation>Grabar solo al anfitrión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording choices are fixed when a room is created.</source>
        <translation>Las opciones de grabación se fijan al crear la sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whiteboard</source>
        <translation>Pizarra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording button</source>
        <translation>Botón de grabación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the meeting</source>
        <translation>Durante la reunión</translation>
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
        <translation>No se ha podido cargar la lista de temas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the room a name.</source>
        <translation>Ponga un nombre a la sala.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use at most {n} characters (now {m}).</source>
        <translation>Use como máximo {n} caracteres (ahora {m}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick a time at least 10 minutes from now.</source>
        <translation>Elija una hora al menos 10 minutos a partir de ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a time at most one year from now.</source>
        <translation>Elija una hora como máximo dentro de un año.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The server did not accept some details; see the highlighted fields.</source>
        <translation>El servidor no ha aceptado algunos datos; revise los campos resaltados.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>ScreenSharePicker</name>
    <message>
        <location filename="../../launcher/web/picker.py" line="+38"/>
        <source>Share your screen</source>
        <translation>Compartir la pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the others in the meeting will see.</source>
        <translation>Elija lo que verán los demás participantes de la reunión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entire screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no screen or window to share on this computer.</source>
        <translation>No hay ninguna pantalla ni ventana que compartir en este ordenador.</translation>
    </message>
</context>
<context>
    <name>ThemeRow</name>
    <message>
        <location filename="../../launcher/ui/themes/row.py" line="+27"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Counting rooms…</source>
        <translation>Contando salas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used by any room</source>
        <translation>Ninguna sala lo usa</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Used by %n room(s)</source>
        <translation>
            <numerusform>Lo usa %n sala</numerusform>
            <numerusform>Lo usan %n salas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../launcher/ui/themes/list.py" line="+577"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <location line="-463"/>
        <location line="+23"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>How your meetings look to guests: main colour, brand text and logos. Pick a theme to see the meeting page as guests will see it.</source>
        <translation>Cómo ven los invitados sus reuniones: color principal, texto de marca y logotipos. Elija un tema para ver la página de la reunión tal como la verán los invitados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New theme…</source>
        <translation>Nuevo tema…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No themes yet. Create one to give your meetings your company&apos;s colour, name and logo.</source>
        <translation>Todavía no hay temas. Cree uno para dar a sus reuniones el color, el nombre y el logotipo de su empresa.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before joining</source>
        <translation>Antes de unirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the meeting</source>
        <translation>Durante la reunión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What guests will see</source>
        <translation>Lo que verán los invitados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+179"/>
        <source>Use for all meetings</source>
        <translation>Usar en todas las reuniones</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Make this the application&apos;s default theme, used by rooms without a theme</source>
        <translation>Convertirlo en el tema predeterminado de la aplicación, el que usan las salas sin tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply to rooms…</source>
        <translation>Aplicar a salas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Weekly team meeting</source>
        <translation>Reunión semanal del equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest links will look like {link}</source>
        <translation>Los enlaces de invitado tendrán este aspecto: {link}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop using for all meetings</source>
        <translation>Dejar de usar en todas las reuniones</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✓ Theme “{name}” saved</source>
        <translation>✓ Tema «{name}» guardado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ “{name}” is now used for all meetings without a theme of their own</source>
        <translation>✓ «{name}» se usa ahora en todas las reuniones sin tema propio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ “{name}” is no longer the default theme</source>
        <translation>✓ «{name}» ya no es el tema predeterminado</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>✓ %n room(s) updated</source>
        <translation>
            <numerusform>✓ %n sala actualizada</numerusform>
            <numerusform>✓ %n salas actualizadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete theme</source>
        <translation>Eliminar tema</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“{name}” is used by %n room(s). Delete it anyway?</source>
        <translation>
            <numerusform>%n sala usa «{name}». ¿Eliminarlo de todos modos?</numerusform>
            <numerusform>%n salas usan «{name}». ¿Eliminarlo de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Those rooms will look like the default theme from now on; their links stay the same unless the theme had a short company URL.</source>
        <translation>A partir de ahora esas salas tendrán el aspecto del tema predeterminado; sus enlaces no cambian, salvo si el tema tenía una URL corta de empresa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the theme “{name}”?</source>
        <translation>¿Eliminar el tema «{name}»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the default theme: meetings will use the standard look.</source>
        <translation>Es el tema predeterminado: las reuniones usarán el aspecto estándar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>✓ Theme “{name}” deleted</source>
        <translation>✓ Tema «{name}» eliminado</translation>
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
        <translation>Iniciar una reunión ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy my room&apos;s guest link</source>
        <translation>Copiar el enlace de invitado de mi sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Meeting Launcher</source>
        <translation>Abrir Meeting Launcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <location line="+22"/>
        <source>%n visitor(s) waiting</source>
        <translation>
            <numerusform>%n visitante esperando</numerusform>
            <numerusform>%n visitantes esperando</numerusform>
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
        <translation>En una reunión: {room}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting goes on. Open it again from this icon; leave it with Leave.</source>
        <translation>La reunión continúa. Vuelva a abrirla desde este icono; para salir, use «Salir».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pin a long-term room as “My room” in the window first</source>
        <translation>Primero fije una sala permanente como «Mi sala» en la ventana</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting Launcher is still running</source>
        <translation>Meeting Launcher sigue abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start meetings and copy your room&apos;s link from this icon.</source>
        <translation>Inicie reuniones y copie el enlace de su sala desde este icono.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Guest link copied</source>
        <translation>Enlace de invitado copiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your room&apos;s guest link is on the clipboard.</source>
        <translation>El enlace de invitado de su sala está en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>_FallbackPanel</name>
    <message>
        <location filename="../../launcher/web/window.py" line="-374"/>
        <source>Details</source>
        <extracomment>How long the page gets to say goodbye to the others before the window goes. While the host&apos;s recording is being saved after leaving: how often the window asks the page, and how long it waits at most before closing anyway. Chromium&apos;s net::ERR_ABORTED: a navigation we blocked ourselves, not a failure. True in the page while its person is in the meeting or waiting to be let in.</extracomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../launcher/ui/accounts/common.py" line="+16"/>
        <source>Guests can open meeting links from this account on this computer and on other computers in your local network. This computer makes its own certificate, which browsers do not know: a guest&apos;s browser warns once and the guest chooses to continue. An office that runs its own certificate authority can install its root certificate on the guests&apos; computers instead; for guests outside the network, connect to an office server.</source>
        <translation>Los invitados pueden abrir los enlaces de reunión de esta cuenta en este ordenador y en otros ordenadores de su red local. Este ordenador crea su propio certificado, que los navegadores no conocen: el navegador del invitado avisa una vez y el invitado elige continuar. Una oficina que tenga su propia autoridad de certificación puede instalar en su lugar su certificado raíz en los ordenadores de los invitados; para invitados de fuera de la red, conéctese a un servidor de la oficina.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guests can open meeting links from this account only on this computer.</source>
        <translation>Los invitados solo pueden abrir los enlaces de reunión de esta cuenta en este ordenador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/accounts/form.py" line="+65"/>
        <source>The account could not be saved; see Details.</source>
        <translation>No se ha podido guardar la cuenta; consulte Detalles.</translation>
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
        <translation>Inicia, programa y comparte reuniones por vídeo.

Para todos:
  meeting-launcher          abre la aplicación (como la entrada del menú)
  meeting-launcher ENLACE   entra en la reunión de un enlace que te han enviado
                            (https://... o meeting-launcher:https://...)
  new                       crea una sala y muestra su enlace de invitado
  selftest                  comprueba este equipo: servidor, llavero, motor web, cámara
  account                   añade, muestra o elimina cuentas (las credenciales van al
                            llavero del sistema)

Para quien administra un servidor de oficina:
  serve                     ejecuta el servidor de la API Meetings y las páginas de reunión
  app                       registra aplicaciones en la carpeta de datos de un servidor
                            (para «account add»; no inicia la aplicación)
  backup                    copia la carpeta de datos de un servidor de forma coherente,
                            también mientras funciona

Cada orden tiene su propia ayuda --help (meeting-launcher new --help).</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Add, list or remove accounts; credentials go to the OS keyring.</source>
        <translation>Añade, muestra o elimina cuentas; las credenciales van al llavero del sistema.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>actions</source>
        <translation>acciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add an account for a Meetings server</source>
        <translation>añade una cuenta para un servidor Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account for a Meetings server: the key, the id and the address are checked, and one room is listed on the server, before it is saved.</source>
        <translation>Añade una cuenta para un servidor Meetings: se comprueban la clave, el ID y la dirección, y se consulta una sala en el servidor antes de guardarla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the account&apos;s name, e.g. &quot;Front desk&quot;</source>
        <translation>el nombre de la cuenta, p. ej. «Recepción»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s address, e.g. https://meet.office.lan:8443</source>
        <translation>la dirección del servidor, p. ej. https://meet.office.lan:8443</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application id (a UUID) from the server&apos;s operator</source>
        <translation>el ID de aplicación (un UUID) que da quien administra el servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application&apos;s private key file (PEM)</source>
        <translation>el archivo de la clave privada de la aplicación (PEM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s certificate, when it is not a public one</source>
        <translation>el certificado del servidor, si no es público</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>make it the default account</source>
        <translation>la convierte en la cuenta predeterminada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list accounts (never prints secrets)</source>
        <translation>muestra las cuentas (nunca muestra secretos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the accounts: * marks the default one; never prints a secret.</source>
        <translation>Muestra las cuentas: * marca la predeterminada; nunca muestra un secreto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove an account and its keyring entries</source>
        <translation>elimina una cuenta y sus entradas del llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an account and its keyring entries.</source>
        <translation>Elimina una cuenta y sus entradas del llavero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account&apos;s name</source>
        <translation>el nombre de la cuenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a room with a stored account and print its guest link (with --json, the room as the server returned it, host link included: keep it secret).</source>
        <translation>Crea una sala con una cuenta guardada y muestra su enlace de invitado (con --json, la sala tal como la devolvió el servidor, enlace de anfitrión incluido: mantenla en secreto).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the account to use (default: the default account)</source>
        <translation>la cuenta que se usa (si no: la predeterminada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the meeting&apos;s name</source>
        <translation>el nombre de la reunión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a long-term room, kept until --expires</source>
        <translation>una sala de larga duración, que se mantiene hasta --expires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when a long-term room stops working, e.g. 2031-03-14T09:30 (local time without an offset); 10 minutes to one year ahead</source>
        <translation>cuándo deja de funcionar una sala de larga duración, p. ej. 2031-03-14T09:30 (hora local sin desfase); de 10 minutos a un año en adelante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>print the room as JSON (it holds the host link)</source>
        <translation>muestra la sala en JSON (contiene el enlace de anfitrión)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check this computer: the built-in server, the keyring, the web engine, the camera and the microphone. Shows no window and touches none of your data.</source>
        <translation>Comprueba este equipo: el servidor integrado, el llavero, el motor web, la cámara y el micrófono. No abre ninguna ventana ni toca tus datos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print the results as JSON</source>
        <translation>muestra los resultados en JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the TURN relay of this account&apos;s server</source>
        <translation>comprobar el relé TURN del servidor de esta cuenta</translation>
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
        <translation>argumentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra la versión del programa y sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>estos argumentos son obligatorios: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>se espera un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>no se admite junto con el argumento %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
</context>
<context>
    <name>cli_account</name>
    <message>
        <location filename="../../launcher/core/account_cli.py" line="+59"/>
        <source>The password store (keyring) of this computer is locked. Unlock it and try again.</source>
        <extracomment>The sentences of ``account``, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>El almacén de contraseñas (llavero) de este equipo está bloqueado. Desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store (keyring) the launcher can use to keep the account&apos;s key safe.</source>
        <translation>Este equipo no tiene un almacén de contraseñas (llavero) que el lanzador pueda usar para guardar la clave de la cuenta de forma segura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password store (keyring) of this computer could not be used.</source>
        <translation>No se ha podido usar el almacén de contraseñas (llavero) de este equipo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the account needs a name</source>
        <translation>la cuenta necesita un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is longer than {limit} characters</source>
        <translation>el nombre tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an account named {name} already exists</source>
        <translation>ya existe una cuenta llamada {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{server} is not a server address (expected https://host[:port], with no user name, password, ? or # part)</source>
        <translation>{server} no es una dirección de servidor (se espera https://host[:puerto], sin usuario, contraseña ni parte ? o #)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use an https:// address: plain http is only allowed for this computer</source>
        <translation>usa una dirección https://: el http simple solo se permite para este equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the application id must be a UUID</source>
        <translation>el ID de aplicación debe ser un UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>no such file: {file}</source>
        <translation>no existe el archivo: {file}</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>cannot read {file}</source>
        <translation>no se puede leer {file}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{file} is not a private key that can be read (PEM, -----BEGIN ...)</source>
        <translation>{file} no es una clave privada legible (PEM, -----BEGIN ...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is not an RSA key (RS256 needs one)</source>
        <translation>la clave privada no es una clave RSA (RS256 necesita una)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is protected by a passphrase; run this in a terminal to be asked for it, or add the account in the app</source>
        <translation>la clave privada está protegida con una frase de contraseña; ejecuta esto en un terminal para que se te pida, o añade la cuenta en la aplicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase for the private key is wrong</source>
        <translation>la frase de contraseña de la clave privada no es correcta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} holds no PEM certificate</source>
        <translation>{file} no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the credentials (401): wrong private key or application id</source>
        <translation>el servidor rechazó las credenciales (401): clave privada o ID de aplicación incorrectos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Meetings API at this address (404): check the server URL</source>
        <translation>no hay ninguna API Meetings en esta dirección (404): comprueba la dirección del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s certificate is not trusted: add the office CA file</source>
        <translation>el certificado del servidor no es de confianza: añade el archivo de CA de la oficina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server cannot be reached: check the address and the network</source>
        <translation>no se puede contactar con el servidor: comprueba la dirección y la red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered with an error: {detail}</source>
        <translation>el servidor respondió con un error: {detail}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase for {file}: </source>
        <translation>Frase de contraseña de {file}: </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added account {name} for {server} (default).</source>
        <translation>Cuenta {name} añadida para {server} (predeterminada).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added account {name} for {server}.</source>
        <translation>Cuenta {name} añadida para {server}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. The app sets one up for this computer when it first starts.</source>
        <translation>No hay cuentas. La aplicación crea una para este equipo la primera vez que se inicia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(this computer)</source>
        <translation>(este equipo)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no account named {name}</source>
        <translation>no hay ninguna cuenta llamada {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed account {name} and its keyring entries.</source>
        <translation>Cuenta {name} eliminada, junto con sus entradas del llavero.</translation>
    </message>
</context>
<context>
    <name>cli_new</name>
    <message>
        <location filename="../../launcher/core/room_cli.py" line="+64"/>
        <source>--expires: cannot read {text} as a date and time; use ISO 8601, e.g. 2031-03-14T09:30 or 2031-03-14T09:30:00Z</source>
        <extracomment>The sentences of ``new``, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>--expires: no se puede leer {text} como fecha y hora; usa ISO 8601, p. ej. 2031-03-14T09:30 o 2031-03-14T09:30:00Z</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--expires must be at least 10 minutes from now</source>
        <translation>--expires debe ser dentro de 10 minutos como mínimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--expires must be at most one year from now</source>
        <translation>--expires debe ser dentro de un año como máximo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--long-term needs --expires ISO8601 (when the room stops working)</source>
        <translation>--long-term necesita --expires ISO8601 (cuándo deja de funcionar la sala)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--expires applies to long-term rooms only: add --long-term</source>
        <translation>--expires solo se aplica a salas de larga duración: añade --long-term</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting {time}</source>
        <translation>Reunión {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--name must not be empty</source>
        <translation>--name no puede estar vacío</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>--name is %n characters long; at most {limit} are allowed</source>
        <translation>
            <numerusform>--name tiene %n carácter; se permiten {limit} como máximo</numerusform>
            <numerusform>--name tiene %n caracteres; se permiten {limit} como máximo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--account: no account named {name} (accounts: {known})</source>
        <translation>--account: no hay ninguna cuenta llamada {name} (cuentas: {known})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no account is set up yet: start Meeting Launcher once, or add one with &apos;meeting-launcher account add&apos;</source>
        <translation>todavía no hay ninguna cuenta: inicia Meeting Launcher una vez o añade una con «meeting-launcher account add»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>note: {text}</source>
        <translation>nota: {text}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the server refused or could not be reached: {reason}</source>
        <translation>el servidor lo rechazó o no se pudo contactar: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this link opens only on this computer, not for guests elsewhere; for guests on your network turn on &apos;Let guests on my local network join&apos; in the app&apos;s window, for guests anywhere use an office server (&apos;meeting-launcher account add&apos;).</source>
        <translation>este enlace solo se abre en este equipo, no para invitados de otros lugares; para invitados de tu red activa «Permitir que entren invitados de mi red local» en la ventana de la aplicación, para invitados de cualquier lugar usa un servidor de oficina («meeting-launcher account add»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>guests&apos; browsers block camera and microphone on this http:// link; the server needs an https:// address.</source>
        <translation>los navegadores de los invitados bloquean la cámara y el micrófono con este enlace http://; el servidor necesita una dirección https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only computers on your network can open this link.</source>
        <translation>solo los equipos de tu red pueden abrir este enlace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting Launcher is not running: start it before the meeting, guests can join only while it runs on this computer.</source>
        <translation>Meeting Launcher no se está ejecutando: inícialo antes de la reunión, los invitados solo pueden entrar mientras funciona en este equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guests can join only while Meeting Launcher runs on this computer.</source>
        <translation>Los invitados solo pueden entrar mientras Meeting Launcher funciona en este equipo.</translation>
    </message>
</context>
<context>
    <name>cli_selftest</name>
    <message>
        <location filename="../../launcher/web/selftest.py" line="+57"/>
        <source>server</source>
        <extracomment>How long a page gets to show what a check waits for. The checks, in the order they run and are reported (``--json`` keeps these names; the text report shows them in the system&apos;s language, context &quot;cli_selftest&quot;).</extracomment>
        <translation>servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web engine</source>
        <translation>motor web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera and microphone</source>
        <translation>cámara y micrófono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host join</source>
        <translation>entrada del anfitrión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relay</source>
        <translation>relé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other origin denied</source>
        <translation>otro origen rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring</source>
        <translation>llavero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clean-up</source>
        <extracomment>The report&apos;s sentences, in the system&apos;s language (launcher.cli_i18n). Reported only when closing the window, the web profile or the server went wrong.</extracomment>
        <translation>limpieza</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>built-in server at {origin}</source>
        <extracomment>Set in the environment of the worker process that runs the checks. How long the worker may take for one check (start-up included) or the clean-up before it is stopped and the check reported as not finished. How long the worker may take to exit once it reported everything. The name of the instant room the relay check makes on an account&apos;s server.</extracomment>
        <translation>servidor integrado en {origin}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>room {code} created through the API client</source>
        <translation>sala {code} creada con el cliente de la API</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>joined the meeting as host over the signalling socket</source>
        <translation>entró en la reunión como anfitrión por la conexión de señalización</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>set, read and deleted a throwaway entry in the OS keyring</source>
        <translation>una entrada temporal escrita, leída y borrada en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>the last %n lines the checks logged</source>
        <translation>
            <numerusform>registro de las comprobaciones (última línea: %n)</numerusform>
            <numerusform>registro de las comprobaciones (últimas líneas: %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_start</name>
    <message>
        <location filename="../../launcher/__main__.py" line="-307"/>
        <source>no link given</source>
        <extracomment>The sentences of the plain start (a link), in the system&apos;s language.</extracomment>
        <translation>no se ha indicado ningún enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the link is too long to be a meeting link</source>
        <translation>el enlace es demasiado largo para ser un enlace de reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only http and https meeting links are opened</source>
        <translation>solo se abren enlaces de reunión http y https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the link is not a meeting link Meeting Launcher can open</source>
        <translation>no es un enlace de reunión que Meeting Launcher pueda abrir</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>meeting-launcher: link not opened: {reason}</source>
        <translation>meeting-launcher: enlace no abierto: {reason}</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/app.py" line="+189"/>
        <source>Meeting Launcher is already running.</source>
        <extracomment>The terminal&apos;s sentences at start-up, in the system&apos;s language (launcher.cli_i18n).</extracomment>
        <translation>Meeting Launcher ya se está ejecutando.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../launcher/ui/errors.py" line="+39"/>
        <source>The server&apos;s security certificate is not trusted: ask your IT contact for the server&apos;s certificate file and add it to the account.</source>
        <translation>El certificado de seguridad del servidor no es de confianza: pida a su responsable de informática el archivo de certificado del servidor y añádalo a la cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to the server could not be made; try again later.</source>
        <translation>No se ha podido establecer una conexión segura con el servidor; inténtelo más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took too long to answer; try again in a moment.</source>
        <translation>El servidor ha tardado demasiado en responder; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting service on this computer is not answering; restart Meeting Launcher and try again.</source>
        <translation>El servicio de reuniones de este ordenador no responde; reinicie Meeting Launcher e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting server could not be reached; check the network connection and try again.</source>
        <translation>No se puede acceder al servidor de reuniones; compruebe la conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not accept this account&apos;s key; check the account under Settings › Accounts.</source>
        <translation>El servidor no ha aceptado la clave de esta cuenta; revise la cuenta en Menú › Cuentas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s limit has been reached; ask the server&apos;s administrator for help.</source>
        <translation>Se ha alcanzado el límite del servidor; pida ayuda al administrador del servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not allow this; ask the server&apos;s administrator for help.</source>
        <translation>El servidor no lo ha permitido; pida ayuda al administrador del servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room no longer exists on the server; refresh the list of rooms.</source>
        <translation>Esta sala ya no existe en el servidor; actualice la lista de salas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name is already taken; choose another one.</source>
        <translation>Ese nombre ya está en uso; elija otro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details were not accepted; correct the highlighted fields.</source>
        <translation>No se han aceptado algunos datos; corrija los campos resaltados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the request; see Details for its reason.</source>
        <translation>El servidor no ha aceptado la solicitud; el motivo está en Detalles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy; wait a moment and try again.</source>
        <translation>El servidor está ocupado; espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server ran into a problem; try again in a moment.</source>
        <translation>El servidor ha tenido un problema; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was not understood; check the account&apos;s server address.</source>
        <translation>No se ha entendido la respuesta del servidor; revise la dirección del servidor de la cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring, where account keys are kept, could not be opened; unlock it and try again.</source>
        <translation>No se ha podido abrir el almacén de contraseñas del sistema, donde se guardan las claves de las cuentas; desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file could not be read or written; check the folder and try again.</source>
        <translation>No se ha podido leer o escribir un archivo; revise la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong; try again, and see Details if it keeps happening.</source>
        <translation>Algo ha fallado; inténtelo de nuevo y consulte Detalles si vuelve a ocurrir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This theme no longer exists on the server; the list has been refreshed.</source>
        <translation>Este tema ya no existe en el servidor; se ha actualizado la lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That short company URL is already used; choose another one.</source>
        <translation>Esa URL corta de empresa ya está en uso; elija otra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A theme with that name already exists; choose another name.</source>
        <translation>Ya existe un tema con ese nombre; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server allows no more themes; delete one you no longer use.</source>
        <translation>El servidor no admite más temas; elimine uno que ya no use.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer has no network address right now, so its links still open only here; connect it to your network and turn the option on again.</source>
        <translation>Este ordenador no tiene ahora dirección de red, así que sus enlaces siguen abriéndose solo aquí; conéctelo a su red y vuelva a activar la opción.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a name for the account, such as “Front desk”.</source>
        <translation>Escriba un nombre para la cuenta, por ejemplo «Recepción».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a shorter name.</source>
        <translation>Elija un nombre más corto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another account already has this name; choose another one.</source>
        <translation>Otra cuenta ya tiene este nombre; elija otro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server address as given by your IT contact, e.g. https://meet.example.org.</source>
        <translation>Escriba la dirección del servidor que le dio su responsable de informática, p. ej. https://meet.example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must start with https:// so that the key travels safely.</source>
        <translation>La dirección debe empezar por https:// para que la clave viaje de forma segura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the meeting links address as https://host, or leave it empty.</source>
        <translation>Escriba la dirección de los enlaces de reunión como https://servidor, o déjela vacía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application ID looks like 12345678-abcd-… (36 characters); check it.</source>
        <translation>El ID de aplicación tiene la forma 12345678-abcd-… (36 caracteres); revíselo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, drop or paste the private key file.</source>
        <translation>Elija, arrastre o pegue el archivo de la clave privada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That key file no longer exists; choose it again.</source>
        <translation>Ese archivo de clave ya no existe; vuelva a elegirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That key file could not be read; choose another.</source>
        <translation>No se ha podido leer ese archivo de clave; elija otro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a private key file (it should start with -----BEGIN).</source>
        <translation>No es un archivo de clave privada (debería empezar por -----BEGIN).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is not an RSA key; the server needs an RSA key.</source>
        <translation>Esta clave no es RSA; el servidor necesita una clave RSA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is protected: enter its passphrase below.</source>
        <translation>Esta clave está protegida: escriba su frase de contraseña abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is not right; try again.</source>
        <translation>La frase de contraseña no es correcta; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key has no passphrase; leave that field empty.</source>
        <translation>Esta clave no tiene frase de contraseña; deje ese campo vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That certificate file no longer exists; choose it again.</source>
        <translation>Ese archivo de certificado ya no existe; vuelva a elegirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That certificate file could not be read.</source>
        <translation>No se ha podido leer ese archivo de certificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file holds no certificate; choose the .pem or .crt file.</source>
        <translation>Este archivo no contiene ningún certificado; elija el archivo .pem o .crt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the application ID and key; check that they belong together.</source>
        <translation>El servidor no ha aceptado el ID de aplicación y la clave; compruebe que van juntos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meeting server answers at this address; check the server address.</source>
        <translation>Ningún servidor de reuniones responde en esta dirección; revise la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted; add the certificate file from your IT contact.</source>
        <translation>El certificado del servidor no es de confianza; añada el archivo de certificado que le dio su responsable de informática.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot be reached; check the address and the network connection.</source>
        <translation>No se puede acceder al servidor; revise la dirección y la conexión de red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time; try again.</source>
        <translation>El servidor no ha respondido a tiempo; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error; see Details.</source>
        <translation>El servidor ha respondido con un error; consulte Detalles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is not accepted.</source>
        <translation>Este valor no se acepta.</translation>
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
        <translation>Primero pegue el enlace de la reunión o escriba su código.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long to be a meeting link. Copy the link again.</source>
        <translation>Es demasiado largo para ser un enlace de reunión. Vuelva a copiar el enlace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a meeting link. Meeting links start with https:// (or http://).</source>
        <translation>Esto no es un enlace de reunión. Los enlaces de reunión empiezan por https:// (o http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a meeting link Meeting Launcher can open. Ask the person who sent it for the meeting&apos;s link or code.</source>
        <translation>Meeting Launcher no puede abrir este enlace como reunión. Pida a quien se lo envió el enlace o el código de la reunión.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Meeting {code}</source>
        <translation>Reunión {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting Launcher opened nothing. You can paste a link under “Join a meeting”.</source>
        <translation>Meeting Launcher no ha abierto nada. Puede pegar un enlace en «Unirse a una reunión».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join a meeting on another server?</source>
        <translation>¿Unirse a una reunión en otro servidor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting is on {server}, a server none of your accounts uses.</source>
        <translation>Esta reunión está en {server}, un servidor que no usa ninguna de sus cuentas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join only if you trust the person who sent you the link: the meeting window will use your camera and microphone for it.</source>
        <translation>Únase solo si confía en quien le envió el enlace: la ventana de la reunión usará su cámara y su micrófono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
</context>
<context>
    <name>reach</name>
    <message>
        <location filename="../../launcher/ui/reach_note.py" line="-82"/>
        <source>Only this computer can open this link: a guest on another computer or phone gets an error page, so do not send it yet.</source>
        <translation>Solo este ordenador puede abrir este enlace: un invitado en otro ordenador o teléfono vería una página de error, así que no lo envíe todavía.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests can open this link, but their browser blocks camera and microphone on it: the server needs an https:// address.</source>
        <translation>Los invitados pueden abrir este enlace, pero su navegador bloquea en él la cámara y el micrófono: el servidor necesita una dirección https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only computers and phones on your network can open this link. Their browser first warns that it does not know this computer&apos;s certificate: tell guests to choose to continue.</source>
        <translation>Solo los ordenadores y teléfonos de su red pueden abrir este enlace. Su navegador avisará primero de que no conoce el certificado de este ordenador: indique a los invitados que elijan continuar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people on your office network can open this link, not guests outside it.</source>
        <translation>Solo las personas de la red de su oficina pueden abrir este enlace, no los invitados de fuera.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These links open only on this computer. To invite guests from elsewhere, start a meeting and follow the note under its link.</source>
        <translation>Estos enlaces solo se abren en este ordenador. Para invitar a personas de otros lugares, inicie una reunión y siga la nota que aparece bajo su enlace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests&apos; browsers block camera and microphone on these links: the server needs an https:// address.</source>
        <translation>Los navegadores de los invitados bloquean la cámara y el micrófono en estos enlaces: el servidor necesita una dirección https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only computers and phones on your network can open these links.</source>
        <translation>Solo los ordenadores y teléfonos de su red pueden abrir estos enlaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only people on your office network can open these links.</source>
        <translation>Solo las personas de la red de su oficina pueden abrir estos enlaces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Copied to the clipboard: paste it into an e-mail or a chat.</source>
        <translation>✓ Copiado al portapapeles: péguelo en un correo o un chat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Copied to the clipboard, for a browser on this computer.</source>
        <translation>✓ Copiado al portapapeles, para un navegador de este ordenador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste it into an e-mail or a chat to invite guests.</source>
        <translation>Péguelo en un correo o un chat para invitar a los participantes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It opens only on this computer: open Meeting Launcher to let guests elsewhere join.</source>
        <translation>Solo se abre en este ordenador: abra Meeting Launcher para que puedan unirse invitados de otros lugares.</translation>
    </message>
</context>
<context>
    <name>rooms</name>
    <message>
        <location filename="../../launcher/ui/roomtext.py" line="+64"/>
        <source>Meeting {time}</source>
        <translation>Reunión {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>en %n minuto</numerusform>
            <numerusform>en %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>en %n hora</numerusform>
            <numerusform>en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In a meeting now · %n person(s)</source>
        <translation>
            <numerusform>En reunión ahora · %n persona</numerusform>
            <numerusform>En reunión ahora · %n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires {when}</source>
        <translation>Caduca {when}</translation>
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
        <translation>Instantánea</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../launcher/ui/sharing.py" line="+23"/>
        <source>Copy the host link?</source>
        <translation>¿Copiar el enlace de anfitrión?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who opens the host link joins as host: they can let people in, record and end the meeting. Share it only with people who should host; send guests the guest link instead.</source>
        <translation>Quien abra el enlace de anfitrión entra como anfitrión: puede dejar entrar a otras personas, grabar y terminar la reunión. Compártalo solo con quienes deban ser anfitriones; a los invitados envíeles el enlace de invitado.</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <location filename="../../launcher/ui/themes/apply.py" line="+60"/>
        <source>Apply theme to rooms</source>
        <translation>Aplicar el tema a salas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Which rooms should use “{name}”?</source>
        <translation>¿Qué salas deben usar «{name}»?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only long-term rooms can change their look; meetings started with one click use the default theme. Untick a room to give it back the default look.</source>
        <translation>Solo las salas permanentes pueden cambiar de aspecto; las reuniones iniciadas con un clic usan el tema predeterminado. Desmarque una sala para devolverle el aspecto predeterminado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>With this theme, guest links look like {link}; links already sent keep working.</source>
        <translation>Con este tema, los enlaces de invitado tienen este aspecto: {link}; los enlaces ya enviados siguen funcionando.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Filter rooms by name</source>
        <translation>Filtrar salas por nombre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no long-term rooms yet. Schedule one from the main window.</source>
        <translation>Todavía no hay salas permanentes. Programe una desde la ventana principal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select all</source>
        <translation>Seleccionar todas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select none</source>
        <translation>No seleccionar ninguna</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>uses this theme</source>
        <translation>usa este tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uses “{name}”</source>
        <translation>usa «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uses another theme</source>
        <translation>usa otro tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default look</source>
        <translation>aspecto predeterminado</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n room(s) selected</source>
        <translation>
            <numerusform>%n sala seleccionada</numerusform>
            <numerusform>%n salas seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating room {n} of {total}…</source>
        <translation>Actualizando la sala {n} de {total}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>These rooms could not be changed: {names}. {reason}</source>
        <translation>No se han podido cambiar estas salas: {names}. {reason}</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/common.py" line="+30"/>
        <source>Text on this colour is hard to read: contrast {ratio:.1f}:1, below the 4.5:1 that WCAG AA asks for (buttons and initials use it).</source>
        <translation>El texto sobre este color es difícil de leer: contraste de {ratio:.1f}:1, por debajo del 4,5:1 que pide WCAG AA (lo usan los botones y las iniciales).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buttons in this colour hardly stand out from the meeting page&apos;s dark background ({ratio:.1f}:1, at least 3:1 recommended).</source>
        <translation>Los botones de este color apenas destacan sobre el fondo oscuro de la página de la reunión ({ratio:.1f}:1; se recomienda al menos 3:1).</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/editor.py" line="+87"/>
        <source>New theme</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+357"/>
        <source>Edit theme</source>
        <translation>Editar tema</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>e.g. Acme spring campaign (default: the brand text)</source>
        <translation>p. ej. Campaña de primavera de Acme (por defecto: el texto de marca)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Pick a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shown next to the logo, e.g. Acme Travel</source>
        <translation>Se muestra junto al logotipo, p. ej. Viajes Acme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. acme</source>
        <translation>opcional, p. ej. acme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <location line="+182"/>
        <source>Main colour</source>
        <translation>Color principal</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Brand text</source>
        <translation>Texto de marca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short company URL</source>
        <translation>URL corta de empresa</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New images show in the preview once the theme is saved.</source>
        <translation>Las imágenes nuevas aparecen en la vista previa una vez guardado el tema.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What guests will see</source>
        <translation>Lo que verán los invitados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create theme</source>
        <translation>Crear tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+220"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type a colour like #14213D, or pick one with the button.</source>
        <translation>Escriba un color como #14213D, o elija uno con el botón.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guest links will look like {link}</source>
        <translation>Los enlaces de invitado tendrán este aspecto: {link}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brand text is required.</source>
        <translation>El texto de marca es obligatorio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Weekly team meeting</source>
        <translation>Reunión semanal del equipo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Imágenes PNG (*.png);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uploading images…</source>
        <translation>Subiendo imágenes…</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../../launcher/ui/themes/images.py" line="+52"/>
        <source>The server refused it ({code}).</source>
        <translation>El servidor la ha rechazado ({code}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused some images; see the notes under each image.</source>
        <translation>El servidor ha rechazado algunas imágenes; consulte las notas bajo cada imagen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>At most 128 characters.</source>
        <translation>Como máximo 128 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only letters, digits, “-”, “_” and “~”; no spaces or accents.</source>
        <translation>Solo letras, cifras, «-», «_» y «~»; sin espacios ni acentos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one letter: digits alone look like a meeting code.</source>
        <translation>Añada al menos una letra: solo con cifras parece un código de reunión.</translation>
    </message>
    <message>
        <location filename="../../launcher/ui/themes/images.py" line="-23"/>
        <source>Not a PNG image: save it as PNG.</source>
        <translation>No es una imagen PNG: guárdela como PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size:.1f} MB; at most 1 MB.</source>
        <translation>El archivo ocupa {size:.1f} MB; como máximo 1 MB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is {w} × {h} px; the favicon must be square, 16 to 32 px.</source>
        <translation>Mide {w} × {h} px; el icono de pestaña debe ser cuadrado, de 16 a 32 px.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is {w} × {h} px; logos may be at most 300 × 300 px.</source>
        <translation>Mide {w} × {h} px; los logotipos pueden medir como máximo 300 × 300 px.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The background is not transparent: its corners must be see-through.</source>
        <translation>El fondo no es transparente: sus esquinas deben ser transparentes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coloured logo</source>
        <translation>Logotipo en color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White logo</source>
        <translation>Logotipo blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favicon</source>
        <translation>Icono de pestaña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG, square, 16 to 32 px, transparent background, at most 1 MB</source>
        <translation>PNG, cuadrado, de 16 a 32 px, fondo transparente, como máximo 1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG, up to 300 × 300 px, transparent background, at most 1 MB</source>
        <translation>PNG, hasta 300 × 300 px, fondo transparente, como máximo 1 MB</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t change</source>
        <translation>No cambiar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Uploaded; choose a file to replace it.</source>
        <translation>Subida; elija un archivo para reemplazarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet (optional).</source>
        <translation>Ninguna todavía (opcional).</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../launcher/ui/main_window.py" line="+30"/>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (this computer)</source>
        <translation>{name} (este ordenador)</translation>
    </message>
</context>
</TS>
