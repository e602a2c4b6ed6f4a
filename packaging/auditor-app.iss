; Inno Setup 6 script: per-user installer for Windows, no administrator rights needed.
; Build first: .venv\Scripts\pyinstaller --noconfirm build_installer.spec   (gives dist\auditor-app\)
; Then:        iscc /DAppVersion=0.1.0 packaging\auditor-app.iss          (gives dist\auditor-app-0.1.0-windows-x64-setup.exe)
; AppVersion must match auditor_app.__version__.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0B6C61-3D8B-4C1B-9E54-6A7D2F0C9A11}
AppName=auditor-app
AppVersion={#AppVersion}
AppPublisher=auditor-app contributors
AppComments=Offline audit workbench for ISO auditors
; Per user: installs under %LOCALAPPDATA%\Programs, no UAC prompt, nothing machine-wide.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\auditor-app
DefaultGroupName=auditor-app
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\dist
OutputBaseFilename=auditor-app-{#AppVersion}-windows-x64-setup
SetupIconFile=auditor-app.ico
UninstallDisplayIcon={app}\auditor-app.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "Open .audit files with auditor-app"; GroupDescription: "File types:"

[Files]
Source: "..\dist\auditor-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\auditor-app"; Filename: "{app}\auditor-app.exe"
Name: "{userdesktop}\auditor-app"; Filename: "{app}\auditor-app.exe"; Tasks: desktopicon

[Registry]
; Per-user file association (HKCU only: no admin rights).
Root: HKCU; Subkey: "Software\Classes\.audit"; ValueType: string; ValueName: ""; ValueData: "auditor-app.audit"; Flags: uninsdeletevalue; Tasks: association
Root: HKCU; Subkey: "Software\Classes\auditor-app.audit"; ValueType: string; ValueName: ""; ValueData: "Audit file"; Flags: uninsdeletekey; Tasks: association
Root: HKCU; Subkey: "Software\Classes\auditor-app.audit\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\auditor-app.exe,0"; Tasks: association
Root: HKCU; Subkey: "Software\Classes\auditor-app.audit\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\auditor-app.exe"" ""%1"""; Tasks: association

[Run]
Filename: "{app}\auditor-app.exe"; Description: "{cm:LaunchProgram,auditor-app}"; Flags: nowait postinstall skipifsilent

; User data (audits, backups, logs in %LOCALAPPDATA%\auditor-app) is never removed by the uninstaller.
