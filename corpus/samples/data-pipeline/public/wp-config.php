<?php
/** The base configuration for WordPress */

define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_prod' );
define( 'DB_PASSWORD', 'vBjnxWAvLk^zgb' );
define( 'DB_HOST', 'db:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',          'VZF.;/#Dhh~]I_ucC]V,-Vt3bY~u:{<4%yUgs9UTvP|/reB|Wsu%>ih@z:!7x}xj' );
define( 'SECURE_AUTH_KEY',   'E*hXg>K)st[Po;BIK+qH]_j/FZH,oV<3~CYvoH?UX=%^2Y6hviN>W@zSH;o&JM[p' );
define( 'LOGGED_IN_KEY',     ';z0YPsQ,Dts#N^(WkDe1@;;Fv%.d[UqR{E68rXiuL0]!3DX,+V&*g1#V;;Ct!-[i' );
define( 'NONCE_KEY',         'i4ggWCf{%UdXe@/e4cS#al0%goQf?.^6UW5g_5F:?=w-y_w&nU[7Jhk-{Zq6GTl-' );
define( 'AUTH_SALT',         'C5:4Q~2=uAT^/}Rojy)@3Ly#b2wIbl~.biAG32:0JzLxMe{L:&vO]<Oj5&3k}i3.' );
define( 'SECURE_AUTH_SALT',  'rb85|nKO5uT0afP/Ymn2dBL+PG[Ez@aNeAm=~P}8)iC%XXo,2WhChZQjiMGVwamB' );
define( 'LOGGED_IN_SALT',    'z#lUhs*Lv@Gi[URIhc*9,%?{HMe7s%3t;3E<H9?y{-Lk-@)5,A.ss+_!@g=]*!=o' );
define( 'NONCE_SALT',        ']aHC(V^)%qI<j!k0#vQ%bzyvy=k24FzECqzk~6C^JhhAva{f2]PO_l5qW1W/Y9lZ' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
