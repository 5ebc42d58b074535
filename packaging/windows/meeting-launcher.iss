; Inno Setup 6 script: a per-user installer for Meeting Launcher (no administrator
; rights; installs into %LOCALAPPDATA%\Programs\Meeting Launcher).
;
; Build (see packaging/README.md), from the repository root, after PyInstaller:
;   iscc /DAppVersion=0.1.0 packaging\windows\meeting-launcher.iss
; Output: dist\MeetingLauncher-0.1.0-user-setup.exe
;
; Install silently and set the default server for this user:
;   MeetingLauncher-0.1.0-user-setup.exe /VERYSILENT /SERVER=https://meetings.example.org:8443
; /SERVER= writes HKCU\Software\MeetingLauncher, value DefaultServer (REG_SZ); the
; app reads it unless a policy (HKLM/HKCU\Software\Policies\MeetingLauncher) says
; otherwise. See "Default server" in packaging/README.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\meeting-launcher.iss
#endif
#define AppName "Meeting Launcher"
#define AppExe "meeting-launcher.exe"
#define RepoDir AddBackslash(SourcePath) + "..\.."

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{CBE36F6B-0D0F-4D31-97B1-AC4EEA5D4EB2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Meeting Launcher developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user: no UAC prompt; {autopf} resolves to %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#RepoDir}\resources\icons\meeting-launcher.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An update closes a running copy instead of failing on locked files.
CloseApplications=yes
RestartApplications=no
OutputDir={#RepoDir}\dist
OutputBaseFilename=MeetingLauncher-{#AppVersion}-user-setup

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: meeting-launcher.exe (windowed), meeting-launcher-cli.exe
; (console, for the sub-commands) and _internal\.
Source: "{#RepoDir}\dist\meeting-launcher\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships must not linger in _internal.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Software\MeetingLauncher"; ValueType: string; ValueName: "DefaultServer"; \
  ValueData: "{param:SERVER}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Check: HasServerParam

; meeting-launcher:https://… links open in the app (its own URL scheme, for this user;
; "%1" is the whole link, which the running app takes over).
Root: HKCU; Subkey: "Software\Classes\meeting-launcher"; ValueType: string; ValueName: ""; \
  ValueData: "URL:Meeting Launcher meeting link"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\meeting-launcher"; ValueType: string; ValueName: "URL Protocol"; \
  ValueData: ""
Root: HKCU; Subkey: "Software\Classes\meeting-launcher\DefaultIcon"; ValueType: string; ValueName: ""; \
  ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\meeting-launcher\shell\open\command"; ValueType: string; \
  ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: dirifempty; Name: "{app}"

[Code]
function HasServerParam(): Boolean;
begin
  Result := ExpandConstant('{param:SERVER}') <> '';
end;

function InitializeSetup(): Boolean;
var
  Server: String;
begin
  Result := True;
  Server := ExpandConstant('{param:SERVER}');
  // Only an https:// or http:// URL makes sense; refuse anything else up front
  // rather than leave the app with a default it cannot use.
  if (Server <> '') and (Pos('https://', Lowercase(Server)) <> 1) and
     (Pos('http://', Lowercase(Server)) <> 1) then
  begin
    SuppressibleMsgBox('/SERVER= must be a URL starting with https:// (got "' + Server + '").',
      mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;
