/**
 * Korean search helpers. Pagefind has no Korean stemmer and matches word prefixes only, so a
 * query word that carries a particle (재시도를) or lacks its usual space (속도제한) finds nothing.
 * These lists let the search box rewrite such words before searching; the glossary
 * (content/glossary.md) is the source of the compounds, checked by a unit test.
 */

/** Multi-word terms that readers often type without the space. */
export const spacedCompounds = ['속도 제한', '지출 한도', '지출 상한', '월 지출 상한', '요청 ID', '사용 티어', '가속 한도', '상태 코드', '프롬프트 캐싱', '예외 클래스'] as const;

/** Particles and endings stripped from the end of a query word, longest first. */
export const particles = [
  '에서는', '으로는', '이라는', '에서', '으로', '에는', '이나', '에게', '부터', '까지', '처럼', '보다', '이란', '라는',
  '를', '을', '이', '가', '은', '는', '의', '에', '로', '와', '과', '도', '만', '란',
] as const;

/**
 * Terms that must never lose a syllable: several end in a syllable that is also a particle
 * (재시도 ends in 도, 한도 in 도), so they are matched whole before any particle is stripped.
 */
export const knownTerms = [
  '재시도', '과부하', '속도', '한도', '상한', '백오프', '지터', '인증', '권한', '예외', '타임아웃', '시간 초과', '결제', '청구',
  '과금', '티어', '스트리밍', '스트림', '캐시', '캐싱', '토큰', '요청', '응답', '헤더', '워크스페이스', '연결', '충돌', '크기',
] as const;
