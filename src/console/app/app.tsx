import { useEffect, useState } from 'preact/hooks';
import { Desk } from './desk';
import { Leadership } from './leadership';
import { mintDevToken } from './lib/devtoken';
import { onFeedStatus, type FeedStatus } from './lib/feed';
import { lang, onLangChange, setLang, t } from './lib/i18n';
import { clearSession, loadSession, saveSession, type Screen, type Session } from './lib/session';
import { ErrorNote, useAction } from './lib/ui';
import { UnitConsole } from './unit';

const BASE = '/console';

const SCREENS: { id: Screen; zh: string; en: string; roles: string[] }[] = [
  { id: 'desk', zh: '接警台', en: 'Desk', roles: ['dispatcher', 'commander'] },
  { id: 'unit', zh: '联动单位', en: 'Unit', roles: ['unit_operator'] },
  { id: 'leadership', zh: '领导小组办公室', en: 'Leadership office', roles: ['leadership'] },
];

function screenFromPath(): Screen | undefined {
  const name = location.pathname.slice(BASE.length).replace(/^\/+|\/+$/g, '');
  return SCREENS.find((s) => s.id === name)?.id;
}

function go(screen: Screen | undefined, setScreen: (s: Screen | undefined) => void) {
  history.pushState(null, '', `${BASE}/${screen ?? ''}`);
  setScreen(screen);
}

export function App() {
  const [, setLangTick] = useState(0);
  const [screen, setScreen] = useState<Screen | undefined>(screenFromPath());
  const [status, setStatus] = useState<FeedStatus>('connecting');
  useEffect(() => onLangChange(() => setLangTick((n) => n + 1)), []);
  useEffect(() => onFeedStatus(setStatus), []);
  useEffect(() => {
    const onPop = () => setScreen(screenFromPath());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const current = SCREENS.find((s) => s.id === screen);
  useEffect(() => {
    document.title = `${current ? t(current.zh, current.en) + ' · ' : ''}${t('110社会联动', '110 social linkage')}`;
  });

  return (
    <>
      <header class="top">
        <a class="brand" href={`${BASE}/`} onClick={(e) => (e.preventDefault(), go(undefined, setScreen))}>
          {t('110社会联动', '110 social linkage')}
        </a>
        <nav aria-label={t('控制台', 'Consoles')}>
          {SCREENS.map((s) => (
            <a
              key={s.id}
              href={`${BASE}/${s.id}`}
              aria-current={s.id === screen ? 'page' : undefined}
              onClick={(e) => (e.preventDefault(), go(s.id, setScreen))}
            >
              {t(s.zh, s.en)}
            </a>
          ))}
        </nav>
        {screen && (
          <span class={`feed-status feed-${status}`} role="status" data-testid="feed-status">
            {status === 'live' ? t('实时', 'Live') : status === 'reconnecting' ? t('重连中', 'Reconnecting') : t('连接中', 'Connecting')}
          </span>
        )}
        <button type="button" class="lang" onClick={() => setLang(lang() === 'zh' ? 'en' : 'zh')} aria-label={t('切换语言 Switch language', 'Switch language 切换语言')}>
          {lang() === 'zh' ? 'English' : '中文'}
        </button>
      </header>
      <main>{current ? <Signed key={current.id} screen={current} /> : <Home onPick={(s) => go(s, setScreen)} />}</main>
    </>
  );
}

function Home({ onPick }: { onPick: (s: Screen) => void }) {
  return (
    <div class="home">
      <h1>{t('选择控制台', 'Choose a console')}</h1>
      <ul>
        {SCREENS.map((s) => (
          <li key={s.id}>
            <a href={`${BASE}/${s.id}`} onClick={(e) => (e.preventDefault(), onPick(s.id))}>
              {t(s.zh, s.en)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Signed({ screen }: { screen: (typeof SCREENS)[number] }) {
  const [session, setSession] = useState<Session | undefined>(() => loadSession(screen.id));
  if (!session) return <SignIn screen={screen} onSession={setSession} />;
  const signOut = () => {
    clearSession(screen.id);
    setSession(undefined);
  };
  return (
    <>
      <div class="whoami">
        <span>
          {session.name} · {session.roles.join(', ')}
          {session.unit ? ` · ${session.unit}` : ''}
        </span>
        <button type="button" onClick={signOut}>
          {t('退出', 'Sign out')}
        </button>
      </div>
      {screen.id === 'desk' && <Desk session={session} />}
      {screen.id === 'unit' && <UnitConsole session={session} />}
      {screen.id === 'leadership' && <Leadership session={session} />}
    </>
  );
}

function SignIn({ screen, onSession }: { screen: (typeof SCREENS)[number]; onSession: (s: Session) => void }) {
  const [role, setRole] = useState(screen.roles[0]!);
  const [unit, setUnit] = useState('');
  const [pasted, setPasted] = useState('');
  const dev = useAction(async () => onSession(saveSession(screen.id, await mintDevToken(role, role === 'unit_operator' ? unit.trim() : undefined))));
  const paste = useAction(async () => onSession(saveSession(screen.id, pasted.trim())));
  return (
    <div class="signin">
      <h1>{t(screen.zh, screen.en)}</h1>
      <form
        class="card"
        onSubmit={(e) => {
          e.preventDefault();
          void dev.run();
        }}
      >
        <h2>{t('开发令牌', 'Development token')}</h2>
        <label for="signin-role">{t('角色', 'Role')}</label>
        <select id="signin-role" value={role} onChange={(e) => setRole(e.currentTarget.value)}>
          {screen.roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        {role === 'unit_operator' && (
          <>
            <label for="signin-unit">{t('单位代码', 'Unit code')}</label>
            <input id="signin-unit" value={unit} required placeholder="city-management" onInput={(e) => setUnit(e.currentTarget.value)} />
          </>
        )}
        <button type="submit" disabled={dev.busy}>
          {t('以开发令牌进入', 'Enter with a development token')}
        </button>
        <ErrorNote error={dev.error} />
      </form>
      <form
        class="card"
        onSubmit={(e) => {
          e.preventDefault();
          void paste.run();
        }}
      >
        <h2>{t('访问令牌', 'Access token')}</h2>
        <label for="signin-token">{t('粘贴 Keycloak 访问令牌', 'Paste a Keycloak access token')}</label>
        <textarea id="signin-token" rows={3} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="submit" disabled={paste.busy || !pasted.trim()}>
          {t('进入', 'Enter')}
        </button>
        <ErrorNote error={paste.error} />
      </form>
    </div>
  );
}
